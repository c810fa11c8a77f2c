package dev.switchboard.platform.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Which documents may hold unsent events: a marker per document, written just before the document itself, and
 * removed by the relay once the document's outbox is empty. The timer then looks only at the markers instead of
 * scanning every aggregate, which on the embedded MongoDB (no secondary indexes) would read every document each
 * time. A marker without pending events costs one lookup; a crash between marker and save leaves only such a one.
 * <p>
 * Each marker names the lock version its save writes. The relay clears a marker only if the document it found
 * empty was written at that version or later: a save that marked before the relay read and wrote after it keeps
 * its marker, so a failed immediate send still leaves its event to the timer.
 */
class PendingOutboxes {

    static final String COLLECTION = "outbox_pending";
    static final String LOCK_VERSION = "lockVersion";
    private static final String MARKED_AT = "markedAt";

    /** Far longer than a save takes from marker to write: a marker this old whose document is absent is an orphan. */
    private static final Duration ORPHAN_AFTER = Duration.ofMinutes(1);

    /** Looked up when first used: the template's save callbacks include the one that writes markers. */
    private final ObjectProvider<MongoTemplate> mongo;
    private final Clock clock;

    PendingOutboxes(ObjectProvider<MongoTemplate> mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void mark(String collection, Object documentId, Object lockVersion) {
        markers().replaceOne(Filters.eq("_id", key(collection, documentId)),
                new Document("_id", key(collection, documentId)).append("collection", collection)
                        .append("documentId", documentId).append(LOCK_VERSION, lockVersion)
                        .append(MARKED_AT, Date.from(clock.instant())),
                new ReplaceOptions().upsert(true));
    }

    /** Clears the marker unless a save that the relay has not seen yet wrote it: one of a later lock version. */
    void clearUpTo(String collection, Object documentId, Object lockVersion) {
        // a marker naming no version was written before markers named one, or for a document written without one
        Bson seen = lockVersion == null ? Filters.eq(LOCK_VERSION, null)
                : Filters.or(Filters.eq(LOCK_VERSION, null), Filters.lte(LOCK_VERSION, lockVersion));
        markers().deleteOne(Filters.and(Filters.eq("_id", key(collection, documentId)), seen));
    }

    /** Clears the marker of a document that does not exist, unless its first save may still be on the way. */
    void clearOrphan(String collection, Object documentId) {
        markers().deleteOne(Filters.and(Filters.eq("_id", key(collection, documentId)), Filters.or(
                Filters.eq(MARKED_AT, null),
                Filters.lt(MARKED_AT, Date.from(clock.instant().minus(ORPHAN_AFTER))))));
    }

    /** Up to {@code limit} marked documents, as collection and id. */
    List<Marker> some(int limit) {
        List<Marker> found = new ArrayList<>();
        markers().find().limit(limit).forEach(marker ->
                found.add(new Marker(marker.getString("collection"), marker.get("documentId"))));
        return found;
    }

    /** How many documents are marked as holding unsent events. */
    long count() {
        return markers().countDocuments();
    }

    /** When the longest-marked document was last saved with unsent events; empty when none is marked. */
    Optional<Instant> oldestMark() {
        Document oldest = markers().find(Filters.ne(MARKED_AT, null)).sort(Sorts.ascending(MARKED_AT))
                .projection(Projections.include(MARKED_AT)).limit(1).first();
        return Optional.ofNullable(oldest).map(marker -> marker.getDate(MARKED_AT).toInstant());
    }

    private MongoCollection<Document> markers() {
        return mongo.getObject().getCollection(COLLECTION);
    }

    private static String key(String collection, Object documentId) {
        return collection + "/" + documentId;
    }

    record Marker(String collection, Object documentId) {
    }
}
