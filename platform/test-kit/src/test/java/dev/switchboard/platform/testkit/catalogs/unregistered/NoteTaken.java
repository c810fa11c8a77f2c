package dev.switchboard.platform.testkit.catalogs.unregistered;

import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.FieldChange;
import java.util.List;

public record NoteTaken(String aggregateId, long version) implements DomainEvent {

    @Override
    public String aggregateType() {
        return "sample";
    }

    @Override
    public List<FieldChange> changes() {
        return List.of();
    }
}
