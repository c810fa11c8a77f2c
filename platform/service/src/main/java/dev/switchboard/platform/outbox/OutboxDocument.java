package dev.switchboard.platform.outbox;

import dev.switchboard.platform.events.DomainEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;

/**
 * Base of every aggregate that publishes events. The events it raises are stored inside the same document, in
 * the same write as the change that caused them, and the relay removes each one only after Kafka acknowledged
 * it: no event is lost and no multi-document transaction is needed.
 */
public abstract class OutboxDocument {

    /** Optimistic lock of the document; the relay's removal of sent events does not touch it. */
    @Version
    private Long lockVersion;

    /** The domain version: one more for every change, carried by each event. */
    private long version;

    private List<OutboxEntry> outbox = new ArrayList<>();

    @Transient
    private final List<DomainEvent> raisedEvents = new ArrayList<>();

    public long version() {
        return version;
    }

    /** Advances the domain version for a change about to be raised. */
    protected final long nextVersion() {
        return ++version;
    }

    protected final void raise(DomainEvent event) {
        raisedEvents.add(event);
    }

    List<DomainEvent> takeRaisedEvents() {
        List<DomainEvent> taken = List.copyOf(raisedEvents);
        raisedEvents.clear();
        return taken;
    }

    void addToOutbox(OutboxEntry entry) {
        outbox.add(entry);
    }

    List<OutboxEntry> outbox() {
        return List.copyOf(outbox);
    }

    /** Whether this instance was read from (or already written to) the database. */
    boolean isStored() {
        return lockVersion != null;
    }

    /** Drops the entries the relay sent since this instance was read, so they are not written back. */
    void forgetSent(Set<String> sentEventIds) {
        outbox.removeIf(entry -> sentEventIds.contains(entry.eventId()));
    }
}
