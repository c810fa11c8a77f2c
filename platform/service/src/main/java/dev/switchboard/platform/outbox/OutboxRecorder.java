package dev.switchboard.platform.outbox;

import dev.switchboard.platform.context.EventContexts;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.ledger.IdLedger;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;

/**
 * Turns the events an aggregate raised into outbox entries just before the aggregate is written. An instance saved
 * more than once may still hold entries the relay has sent meanwhile; those are dropped first rather than written
 * back.
 */
class OutboxRecorder implements BeforeConvertCallback<OutboxDocument> {

    private final CloudEventCodec codec;
    private final EventContexts contexts;
    private final OutboxProperties properties;
    private final Clock clock;
    private final IdLedger sent;

    OutboxRecorder(CloudEventCodec codec, EventContexts contexts, OutboxProperties properties, Clock clock,
            IdLedger sent) {
        this.sent = sent;
        this.codec = codec;
        this.contexts = contexts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public OutboxDocument onBeforeConvert(OutboxDocument document, String collection) {
        if (document.isStored() && !document.outbox().isEmpty()) {
            document.forgetSent(sent.containedAmong(document.outbox().stream().map(OutboxEntry::eventId).toList()));
        }
        for (DomainEvent event : document.takeRaisedEvents()) {
            Instant now = clock.instant();
            CloudEvent cloudEvent = codec.wrap(event, contexts.current(), properties.source(),
                    UUID.randomUUID().toString(), now);
            document.addToOutbox(new OutboxEntry(cloudEvent.id(), properties.topic(), event.aggregateId(),
                    cloudEvent.type(), codec.encode(cloudEvent), now));
        }
        return document;
    }
}
