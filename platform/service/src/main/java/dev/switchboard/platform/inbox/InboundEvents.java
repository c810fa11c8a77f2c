package dev.switchboard.platform.inbox;

import dev.switchboard.platform.context.EventContexts;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.EventContext;
import java.time.Clock;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Runs a handler once per event id: an event already handled by the same handler is skipped, so redelivery
 * changes nothing. The handler runs first and the event is marked after, so a crash in between means the
 * handler runs again: handlers write idempotently (upserts by derived ids, set rather than increment).
 * Whatever the handler throws is retried with back-off and then dead-lettered by the listener container.
 */
public class InboundEvents {

    static final String PROCESSED_COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final CloudEventCodec codec;
    private final EventContexts contexts;
    private final Clock clock;

    InboundEvents(MongoTemplate mongo, CloudEventCodec codec, EventContexts contexts, Clock clock) {
        this.mongo = mongo;
        this.codec = codec;
        this.contexts = contexts;
        this.clock = clock;
    }

    public void handle(String handler, ConsumerRecord<String, String> record, Consumer<CloudEvent> action) {
        CloudEvent event = codec.decode(record.value());
        String processedId = handler + ":" + event.id();
        if (mongo.exists(Query.query(Criteria.where("_id").is(processedId)), PROCESSED_COLLECTION)) {
            return;
        }
        contexts.runAs(EventContext.reactionTo(event, contexts.serviceName()), () -> {
            action.accept(event);
            return null;
        });
        try {
            mongo.insert(new Document("_id", processedId).append("processedAt", clock.instant()), PROCESSED_COLLECTION);
        } catch (DuplicateKeyException alreadyMarkedByAConcurrentDelivery) {
            // the other delivery did the same idempotent work
        }
    }
}
