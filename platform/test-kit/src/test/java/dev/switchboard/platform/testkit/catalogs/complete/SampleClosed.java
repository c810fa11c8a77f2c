package dev.switchboard.platform.testkit.catalogs.complete;

import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.FieldChange;
import java.util.List;

public record SampleClosed(String aggregateId, long version) implements DomainEvent {

    @Override
    public String aggregateType() {
        return "sample";
    }

    @Override
    public List<FieldChange> changes() {
        return List.of();
    }
}
