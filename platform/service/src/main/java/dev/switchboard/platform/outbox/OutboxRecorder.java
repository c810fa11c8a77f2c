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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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
    private final TraceParents traces;
    private final JsonMapper json = JsonMapper.builder().build();

    OutboxRecorder(CloudEventCodec codec, EventContexts contexts, OutboxProperties properties, Clock clock,
            IdLedger sent, TraceParents traces) {
        this.traces = traces;
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
            String traceParent = traces.current().orElse(null);
            document.addToOutbox(new OutboxEntry(cloudEvent.id(), properties.topic(), event.aggregateId(),
                    cloudEvent.type(), encode(cloudEvent, traceParent), now, traceParent));
        }
        return document;
    }

    /** The event as sent, with the CloudEvents distributed-tracing extension when it was raised in a trace. */
    private String encode(CloudEvent event, String traceParent) {
        String encoded = codec.encode(event);
        if (traceParent == null) {
            return encoded;
        }
        ObjectNode withTrace = (ObjectNode) json.readTree(encoded);
        withTrace.put(TraceParents.TRACEPARENT, traceParent);
        return json.writeValueAsString(withTrace);
    }
}
