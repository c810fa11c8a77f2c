package dev.switchboard.platform.inbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.switchboard.platform.context.EventContexts;
import dev.switchboard.platform.events.CloudEvent;
import dev.switchboard.platform.events.CloudEventCodec;
import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.EventContext;
import java.util.function.Consumer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Applies each aggregate's events to a view one version after the other. An event the view has applied changes
 * nothing; one beyond the next (an earlier one was dead-lettered and not yet replayed) is parked instead of being
 * applied over the gap, and is applied right after the missing one arrives. Parking rather than retrying keeps the
 * partition moving: the missing event can only arrive behind it.
 */
public class InOrder {

    static final String PARKED = "parked_events";
    static final String APPLIED = "applied_versions";

    private static final Logger log = LoggerFactory.getLogger(InOrder.class);

    private final ObjectProvider<MongoTemplate> mongo;
    private final CloudEventCodec codec;
    private final EventContexts contexts;

    InOrder(ObjectProvider<MongoTemplate> mongo, CloudEventCodec codec, EventContexts contexts) {
        this.mongo = mongo;
        this.codec = codec;
        this.contexts = contexts;
    }

    /**
     * Applies the event if it is the next of its aggregate for the view, then any parked ones that follow it.
     *
     * @param view  names the view, so that two views of one service keep their versions apart
     * @param apply applies one event
     */
    public void apply(String view, CloudEvent event, Consumer<DomainEvent> apply) {
        DomainEvent data = codec.dataOf(event).orElse(null);
        if (data == null) {
            return;
        }
        String aggregateId = data.aggregateId();
        long done = appliedVersion(view, aggregateId);
        long version = data.aggregateVersion();
        if (version <= done) {
            return;
        }
        if (version > done + 1) {
            log.warn("{}: version {} of {} parked until version {} has been applied", view, version, aggregateId, done + 1);
            parked().replaceOne(Filters.eq("_id", key(view, aggregateId, version)),
                    new Document("_id", key(view, aggregateId, version)).append("event", codec.encode(event)),
                    new ReplaceOptions().upsert(true));
            return;
        }
        apply.accept(data);
        recordApplied(view, aggregateId, version);
        applyParkedAfter(view, aggregateId, version, apply);
    }

    private long appliedVersion(String view, String aggregateId) {
        Document applied = versions().find(Filters.eq("_id", view + "/" + aggregateId)).first();
        return applied == null ? 0 : applied.get("version", Number.class).longValue();
    }

    private void recordApplied(String view, String aggregateId, long version) {
        versions().replaceOne(Filters.eq("_id", view + "/" + aggregateId),
                new Document("_id", view + "/" + aggregateId).append("version", version),
                new ReplaceOptions().upsert(true));
    }

    private void applyParkedAfter(String view, String aggregateId, long version, Consumer<DomainEvent> apply) {
        for (long next = version + 1; ; next++) {
            String key = key(view, aggregateId, next);
            Document parked = parked().find(Filters.eq("_id", key)).first();
            if (parked == null) {
                return;
            }
            CloudEvent event = codec.decode(parked.getString("event"));
            contexts.runAs(EventContext.reactionTo(event, contexts.serviceName()), () -> {
                codec.dataOf(event).ifPresent(apply);
                return null;
            });
            recordApplied(view, aggregateId, next);
            parked().deleteOne(Filters.eq("_id", key));
        }
    }

    private MongoCollection<Document> versions() {
        return mongo.getObject().getCollection(APPLIED);
    }

    private MongoCollection<Document> parked() {
        return mongo.getObject().getCollection(PARKED);
    }

    private static String key(String view, String aggregateId, long version) {
        return view + "/" + aggregateId + "/" + version;
    }
}
