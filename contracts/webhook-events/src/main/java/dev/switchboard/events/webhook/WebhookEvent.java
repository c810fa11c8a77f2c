package dev.switchboard.events.webhook;

import dev.switchboard.platform.events.DomainEvent;

/** An event of one webhook subscription: another system's wish to receive Switchboard's events over HTTP. */
public interface WebhookEvent extends DomainEvent {

    String AGGREGATE_TYPE = "webhook";

    String subscriptionId();

    @Override
    default String aggregateType() {
        return AGGREGATE_TYPE;
    }

    @Override
    default String aggregateId() {
        return subscriptionId();
    }
}
