package dev.switchboard.audit.history;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One changed field of one entity, as one event reported it. The id is derived from the event id and the
 * field's position, so storing the same event twice writes the same entries again. An erased entry lost its
 * values when its entity was purged.
 */
@Document("audit_entries")
@CompoundIndex(name = "entity_history", def = "{'entityType': 1, 'entityId': 1, 'time': -1, 'position': 1}")
record AuditEntry(
        @Id String id,
        Instant time,
        String entityType,
        String entityId,
        long entityVersion,
        String field,
        Object oldValue,
        Object newValue,
        boolean erased,
        String actor,
        String actorName,
        String channel,
        String eventType,
        String eventId,
        String correlationId,
        String causationId,
        int position) {
}
