package dev.switchboard.platform.events;

import java.util.List;

/**
 * A fact about one aggregate, named in the past tense. The envelope adds id, time and who did it; the data
 * always carries the aggregate's type, id and version and the changed fields, so a subscriber never diffs.
 */
public interface DomainEvent {

    String aggregateType();

    String aggregateId();

    /** The aggregate's version after this event: one more than before it. */
    long version();

    default long aggregateVersion() {
        return version();
    }

    List<FieldChange> changes();

    /** The CloudEvents {@code type} of this event. */
    default String eventType() {
        return EventTypes.typeOf(getClass());
    }
}
