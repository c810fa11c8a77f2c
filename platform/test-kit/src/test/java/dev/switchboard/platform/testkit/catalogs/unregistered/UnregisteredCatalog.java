package dev.switchboard.platform.testkit.catalogs.unregistered;

import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.EventCatalog;
import java.util.List;

public final class UnregisteredCatalog implements EventCatalog {

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of(NoteTaken.class);
    }
}
