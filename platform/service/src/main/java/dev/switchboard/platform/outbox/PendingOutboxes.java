package dev.switchboard.platform.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Which documents may hold unsent events: a marker per document, written just before the document itself, and
 * removed by the relay once the document's outbox is empty. The timer then looks only at the markers instead of
 * scanning every aggregate, which on the embedded MongoDB (no secondary indexes) would read every document each
 * time. A marker without pending events costs one lookup; a crash between marker and save leaves only such a one.
 */
class PendingOutboxes {

    static final String COLLECTION = "outbox_pending";

    /** Looked up when first used: the template's save callbacks include the one that writes markers. */
    private final ObjectProvider<MongoTemplate> mongo;

    PendingOutboxes(ObjectProvider<MongoTemplate> mongo) {
        this.mongo = mongo;
    }

    void mark(String collection, Object documentId) {
        markers().replaceOne(Filters.eq("_id", key(collection, documentId)),
                new Document("_id", key(collection, documentId)).append("collection", collection)
                        .append("documentId", documentId),
                new ReplaceOptions().upsert(true));
    }

    void clear(String collection, Object documentId) {
        markers().deleteOne(Filters.eq("_id", key(collection, documentId)));
    }

    /** Up to {@code limit} marked documents, as collection and id. */
    List<Marker> some(int limit) {
        List<Marker> found = new ArrayList<>();
        markers().find().limit(limit).forEach(marker ->
                found.add(new Marker(marker.getString("collection"), marker.get("documentId"))));
        return found;
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
