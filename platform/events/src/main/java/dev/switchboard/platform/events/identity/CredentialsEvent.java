package dev.switchboard.events.identity;

import dev.switchboard.platform.events.DomainEvent;

/**
 * An event of one contact's portal credentials. Every record names the contact, so contact-service can tell
 * whether a contact has active credentials without asking identity-service.
 */
public interface CredentialsEvent extends DomainEvent {

    String AGGREGATE_TYPE = "credentials";

    String credentialsId();

    String contactId();

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default String aggregateId() {
        return credentialsId();
    }
}
