package dev.switchboard.audit.history;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One changed field of one entity, as one event reported it, and one link of its entity's hash chain. The id is the
 * chain's key (entity type and id) plus a gap-free sequence, so an entity's history is read by id alone;
 * {@code eventKey} (event id and field position, unique) keeps a redelivered event from being stored twice. Values
 * are chained through their salted digests, so a purge that blanks the values and the salt leaves the chain intact;
 * {@code erased} marks such an entry, {@code redacted} one whose field is a secret and never had values stored.
 */
@Document("audit_entries")
@CompoundIndex(name = "entity_type_history", def = "{'entityType': 1, 'time': -1}")
record AuditEntry(
        @Id String id,
        long seq,
        Instant time,
        String entityType,
        String entityId,
        long entityVersion,
        String field,
        Object oldValue,
        Object newValue,
        String oldDigest,
        String newDigest,
        String salt,
        boolean erased,
        boolean redacted,
        String actor,
        String actorName,
        String channel,
        String eventType,
        String eventId,
        String correlationId,
        String causationId,
        int position,
        @Indexed(unique = true, sparse = true) String eventKey,
        List<String> contactIds,
        String previousHash,
        String hash) implements Sequenced {

    static String chainOf(String entityType, String entityId) {
        return entityType + "/" + entityId;
    }

    String chain() {
        return chainOf(entityType, entityId);
    }

    /** This entry as link {@code seq} of its chain, following the link whose hash is {@code previousHash}. */
    AuditEntry linked(long seq, String previousHash) {
        AuditEntry unhashed = new AuditEntry(Sequences.id(chain(), seq), seq, time, entityType, entityId, entityVersion,
                field, oldValue, newValue, oldDigest, newDigest, salt, erased, redacted, actor, actorName, channel,
                eventType, eventId, correlationId, causationId, position, eventKey, contactIds, previousHash, null);
        return new AuditEntry(unhashed.id, seq, time, entityType, entityId, entityVersion, field, oldValue, newValue,
                oldDigest, newDigest, salt, erased, redacted, actor, actorName, channel, eventType, eventId,
                correlationId, causationId, position, eventKey, contactIds, previousHash, EntryHashes.hash(unhashed));
    }
}
