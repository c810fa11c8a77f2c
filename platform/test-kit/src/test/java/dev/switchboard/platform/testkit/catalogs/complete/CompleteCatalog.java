package dev.switchboard.platform.testkit.catalogs.complete;

import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.EventCatalog;
import java.util.List;

public final class CompleteCatalog implements EventCatalog {

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of(SampleOpened.class, SampleClosed.class);
    }
}
