package dev.switchboard.platform.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The ids of events the broker has acknowledged, recorded before the relay removes them from their document. An
 * aggregate instance saved again may still carry such an entry; the record keeps it from being sent twice, whichever
 * of the save and the relay comes first. Records expire after a week.
 */
class SentEvents {

    private static final String COLLECTION = "outbox_sent";
    private static final Duration KEPT_FOR = Duration.ofDays(7);

    // provided lazily: the template's own entity callbacks lead back here
    private final ObjectProvider<MongoTemplate> mongo;
    private final Clock clock;
    private volatile boolean indexed;

    SentEvents(ObjectProvider<MongoTemplate> mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    boolean wasSent(String eventId) {
        return collection().find(Filters.eq("_id", eventId)).first() != null;
    }

    Set<String> sentAmong(Collection<String> eventIds) {
        Set<String> sent = new HashSet<>();
        collection().find(Filters.in("_id", eventIds)).projection(Projections.include("_id"))
                .forEach(record -> sent.add(record.getString("_id")));
        return sent;
    }

    void recordSent(String eventId) {
        collection().replaceOne(Filters.eq("_id", eventId),
                new Document("_id", eventId).append("sentAt", Date.from(clock.instant())),
                new ReplaceOptions().upsert(true));
    }

    private MongoCollection<Document> collection() {
        MongoCollection<Document> collection = mongo.getObject().getCollection(COLLECTION);
        if (!indexed) {
            collection.createIndex(Indexes.ascending("sentAt"),
                    new IndexOptions().expireAfter(KEPT_FOR.toSeconds(), TimeUnit.SECONDS));
            indexed = true;
        }
        return collection;
    }
}
