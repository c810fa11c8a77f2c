package dev.switchboard.audit.history;

import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.platform.events.EventTypes;
import java.util.Collection;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The right to erasure in the history: once a contact is purged, the old and new values of every entry of its
 * history (its own and those of other entities about it) are blanked together with their salts, keeping when,
 * which field, who, through which channel and the value digests, so the hash chains stay valid. The purge is
 * remembered, so an entry about that contact that arrives later is stored blank as well. Each step is idempotent,
 * so a retry after a failure part-way simply does it again.
 */
@Component
class PurgedEntities {

    private static final String PURGED = EventTypes.typeOf(ContactPurged.class);

    private final MongoTemplate mongo;
    private final Sequences sequences;

    PurgedEntities(MongoTemplate mongo, Sequences sequences) {
        this.mongo = mongo;
        this.sequences = sequences;
    }

    /** Whether the event purges its entity, which is then noted and erased from the history so far. */
    boolean eraseIfPurge(String eventType, String entityType, String entityId) {
        if (!PURGED.equals(eventType)) {
            return false;
        }
        mongo.save(new PurgedEntity(AuditEntry.chainOf(entityType, entityId)));
        String chain = AuditEntry.chainOf(entityType, entityId);
        long last = sequences.last(chain, AuditEntry.class);
        for (long top = last; top >= 1; top -= Sequences.BATCH) {
            erase(sequences.range(chain, AuditEntry.class, top - Sequences.BATCH + 1, top).stream()
                    .map(AuditEntry::id).toList());
        }
        if ("contact".equals(entityType)) {
            String key = HistoryRef.keyOf(entityId);
            long lines = sequences.last(key, HistoryRef.class);
            for (long top = lines; top >= 1; top -= Sequences.BATCH) {
                erase(sequences.range(key, HistoryRef.class, top - Sequences.BATCH + 1, top).stream()
                        .map(HistoryRef::entryId).toList());
            }
        }
        return true;
    }

    /** Whether the entity, or a contact the entry is about, was purged. */
    boolean isPurged(String entityType, String entityId, Collection<String> contactIds) {
        List<String> keys = new java.util.ArrayList<>(List.of(AuditEntry.chainOf(entityType, entityId)));
        if (contactIds != null) {
            contactIds.forEach(contactId -> keys.add(AuditEntry.chainOf("contact", contactId)));
        }
        return mongo.exists(Query.query(Criteria.where("_id").in(keys)), PurgedEntity.class);
    }

    private void erase(List<String> entryIds) {
        if (entryIds.isEmpty()) {
            return;
        }
        mongo.updateMulti(Query.query(Criteria.where("_id").in(entryIds).and("eventType").ne(PURGED)),
                new Update().unset("oldValue").unset("newValue").unset("salt").set("erased", true), AuditEntry.class);
    }

    /** An entity whose personal data was erased: only its type and id are kept. */
    @Document("purged_entities")
    record PurgedEntity(@Id String id) {
    }
}
