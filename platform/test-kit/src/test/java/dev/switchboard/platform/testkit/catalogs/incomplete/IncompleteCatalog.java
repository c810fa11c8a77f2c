package dev.switchboard.platform.testkit.catalogs.incomplete;

import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.EventCatalog;
import java.util.List;

public final class IncompleteCatalog implements EventCatalog {

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of(DraftOpened.class);
    }
}
