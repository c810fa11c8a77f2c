package dev.switchboard.audit.history;

import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.platform.events.EventTypes;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The right to erasure in the history: once a contact is purged, the old and new values of its entries are blanked,
 * keeping when, which field, who and through which channel. The purge is remembered, so an event of that contact
 * that arrives later (a redelivery, a replayed dead letter) is stored blank as well. Each step is idempotent, so a
 * retry after a failure part-way simply does it again.
 */
@Component
class PurgedEntities {

    private static final String PURGED = EventTypes.typeOf(ContactPurged.class);

    private final MongoTemplate mongo;

    PurgedEntities(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Whether the event purges its entity, which is then noted and erased from the history so far. */
    boolean eraseIfPurge(String eventType, String entityType, String entityId) {
        if (!PURGED.equals(eventType)) {
            return false;
        }
        mongo.save(new PurgedEntity(key(entityType, entityId)));
        mongo.updateMulti(Query.query(Criteria.where("entityType").is(entityType).and("entityId").is(entityId)
                        .and("eventType").ne(PURGED)),
                new Update().unset("oldValue").unset("newValue").set("erased", true), AuditEntry.class);
        return true;
    }

    boolean isPurged(String entityType, String entityId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(key(entityType, entityId))), PurgedEntity.class);
    }

    private static String key(String entityType, String entityId) {
        return entityType + "/" + entityId;
    }

    /** An entity whose personal data was erased: only its type and id are kept. */
    @Document("purged_entities")
    record PurgedEntity(@Id String id) {
    }
}
