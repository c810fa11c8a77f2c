package dev.switchboard.events.contact;

import dev.switchboard.platform.events.DomainEvent;

/** An event of one contact: each record names the contact and its version, this interface the rest. */
public interface ContactEvent extends DomainEvent {

    String AGGREGATE_TYPE = "contact";

    String contactId();

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default String aggregateId() {
        return contactId();
    }
}
