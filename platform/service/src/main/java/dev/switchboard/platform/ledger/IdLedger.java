package dev.switchboard.platform.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A collection of ids that something already happened to (an event sent, an event handled), each kept for a
 * while and then expired by MongoDB. Recording an id twice is harmless.
 */
public class IdLedger {

    private static final String RECORDED_AT = "recordedAt";

    // provided lazily: a ledger used from Mongo's own entity callbacks would otherwise depend on itself
    private final ObjectProvider<MongoTemplate> mongo;
    private final String collectionName;
    private final Duration keptFor;
    private final Clock clock;
    private volatile boolean indexed;

    public IdLedger(ObjectProvider<MongoTemplate> mongo, String collectionName, Duration keptFor, Clock clock) {
        this.mongo = mongo;
        this.collectionName = collectionName;
        this.keptFor = keptFor;
        this.clock = clock;
    }

    public boolean contains(String id) {
        return collection().find(Filters.eq("_id", id)).first() != null;
    }

    public Set<String> containedAmong(Collection<String> ids) {
        Set<String> contained = new HashSet<>();
        collection().find(Filters.in("_id", ids)).projection(Projections.include("_id"))
                .forEach(entry -> contained.add(entry.getString("_id")));
        return contained;
    }

    public void record(String id) {
        try {
            mongo.getObject().insert(new Document("_id", id).append(RECORDED_AT, Date.from(clock.instant())), collectionName);
        } catch (DuplicateKeyException alreadyRecorded) {
            // the same fact, recorded by a concurrent delivery or an earlier attempt
        }
    }

    private MongoCollection<Document> collection() {
        MongoCollection<Document> collection = mongo.getObject().getCollection(collectionName);
        if (!indexed) {
            collection.createIndex(Indexes.ascending(RECORDED_AT),
                    new IndexOptions().expireAfter(keptFor.toSeconds(), TimeUnit.SECONDS));
            indexed = true;
        }
        return collection;
    }
}
