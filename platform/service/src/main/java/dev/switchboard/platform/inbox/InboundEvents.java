package dev.switchboard.platform.inbox;

import dev.switchboard.platform.context.EventContexts;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.EventContext;
import dev.switchboard.platform.ledger.IdLedger;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Runs a handler once per event id: an event already handled by the same handler is skipped, so redelivery
 * changes nothing. The handler runs first and the event is marked after, so a crash in between means the
 * handler runs again: handlers write idempotently (upserts by derived ids, set rather than increment).
 * Whatever the handler throws is retried with back-off and then dead-lettered by the listener container. Handled
 * ids are kept for 30 days, far beyond any redelivery.
 */
public class InboundEvents {

    private final IdLedger processed;
    private final CloudEventCodec codec;
    private final EventContexts contexts;

    InboundEvents(IdLedger processed, CloudEventCodec codec, EventContexts contexts) {
        this.processed = processed;
        this.codec = codec;
        this.contexts = contexts;
    }

    public void handle(String handler, ConsumerRecord<String, String> record, Consumer<CloudEvent> action) {
        CloudEvent event = codec.decode(record.value());
        String processedId = handler + ":" + event.id();
        if (processed.contains(processedId)) {
            return;
        }
        contexts.runAs(EventContext.reactionTo(event, contexts.serviceName()), () -> {
            action.accept(event);
            return null;
        });
        processed.record(processedId);
    }
}
