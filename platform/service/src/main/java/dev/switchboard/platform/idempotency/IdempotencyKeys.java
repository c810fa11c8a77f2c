package dev.switchboard.platform.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The idempotency keys of this service's callers, one document per caller and key, in the service's own database.
 * Without transactions, a key is claimed by inserting its document (the unique id decides between concurrent
 * first requests) and taken over only by a write conditional on the claim it replaces. Every lookup is by id: the
 * embedded MongoDB answers from an index only a query of exactly the index's fields.
 */
class IdempotencyKeys {

    static final String COLLECTION = "idempotency_keys";

    private static final String OWNER = "owner";
    private static final String FINGERPRINT = "fingerprint";
    private static final String STATE = "state";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String DONE = "DONE";
    private static final String LOCKED_UNTIL = "lockedUntil";
    private static final String EXPIRES_AT = "expiresAt";
    private static final String STATUS = "status";
    private static final String HEADERS = "headers";
    private static final String BODY = "body";
    private static final int ATTEMPTS = 3;

    sealed interface Claim {
    }

    /** The key is this request's: run it, then {@link #complete} or {@link #release} with the owner. */
    record Claimed(String id, String owner) implements Claim {
    }

    record Replay(StoredResponse response) implements Claim {
    }

    record InProgress() implements Claim {
    }

    record OtherRequest() implements Claim {
    }

    private final ObjectProvider<MongoTemplate> mongo;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private volatile boolean indexed;

    IdempotencyKeys(ObjectProvider<MongoTemplate> mongo, IdempotencyProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    Claim claim(String caller, String key, String fingerprint) {
        String id = caller.length() + ":" + caller + ":" + key;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            String owner = UUID.randomUUID().toString();
            Document claim = new Document("_id", id).append(OWNER, owner).append(FINGERPRINT, fingerprint)
                    .append(STATE, IN_PROGRESS).append(LOCKED_UNTIL, Date.from(now.plus(properties.inProgressTimeout())))
                    .append(EXPIRES_AT, Date.from(now.plus(properties.retention())));
            if (insertedFirst(claim)) {
                return new Claimed(id, owner);
            }
            Document existing = keys().find(Filters.eq("_id", id)).first();
            if (existing == null) {
                continue; // released or expired meanwhile
            }
            boolean expired = !now.isBefore(existing.getDate(EXPIRES_AT).toInstant());
            if (!expired && !fingerprint.equals(existing.getString(FINGERPRINT))) {
                return new OtherRequest();
            }
            boolean abandoned = IN_PROGRESS.equals(existing.getString(STATE))
                    && !now.isBefore(existing.getDate(LOCKED_UNTIL).toInstant());
            if (expired || abandoned) {
                if (keys().replaceOne(claimOf(id, existing.getString(OWNER)), claim).getModifiedCount() == 1) {
                    return new Claimed(id, owner);
                }
                continue; // another retry took it over first
            }
            return DONE.equals(existing.getString(STATE)) ? new Replay(responseOf(existing)) : new InProgress();
        }
        return new InProgress();
    }

    void complete(Claimed claimed, StoredResponse response) {
        Document headers = new Document();
        response.headers().forEach(headers::append);
        keys().updateOne(claimOf(claimed.id(), claimed.owner()), Updates.combine(
                Updates.set(STATE, DONE), Updates.unset(LOCKED_UNTIL),
                Updates.set(EXPIRES_AT, Date.from(clock.instant().plus(properties.retention()))),
                Updates.set(STATUS, response.status()), Updates.set(HEADERS, headers),
                Updates.set(BODY, new Binary(response.body()))));
    }

    /** Frees the key for a retry, as if this attempt had never been made. */
    void release(Claimed claimed) {
        keys().deleteOne(claimOf(claimed.id(), claimed.owner()));
    }

    private boolean insertedFirst(Document claim) {
        try {
            keys().insertOne(claim);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    private static Bson claimOf(String id, String owner) {
        return Filters.and(Filters.eq("_id", id), Filters.eq(OWNER, owner));
    }

    private static StoredResponse responseOf(Document stored) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Document storedHeaders = stored.get(HEADERS, Document.class);
        storedHeaders.keySet().forEach(name -> headers.put(name, storedHeaders.getList(name, String.class)));
        return new StoredResponse(stored.getInteger(STATUS), headers, stored.get(BODY, Binary.class).getData());
    }

    private MongoCollection<Document> keys() {
        MongoCollection<Document> keys = mongo.getObject().getCollection(COLLECTION);
        if (!indexed) {
            // removes what the expiry check already ignores; MongoDB's clock, not the service's, decides when
            keys.createIndex(Indexes.ascending(EXPIRES_AT), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
            keys.createIndex(Indexes.ascending("_id", OWNER), new IndexOptions().unique(true).name("id_owner"));
            indexed = true;
        }
        return keys;
    }
}
