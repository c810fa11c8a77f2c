package dev.switchboard.audit.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One field change; an absent old or new value is shown as null rather than left out, and {@code erased} tells a
 * value blanked by a purge from one that was empty.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record AuditEntryResponse(Instant time, String entityType, String entityId, long entityVersion, String field,
        Object oldValue, Object newValue, boolean erased, String actor, String actorName, String channel,
        String eventType, String eventId, String correlationId, String causationId) {

    static AuditEntryResponse of(AuditEntry entry) {
        return new AuditEntryResponse(entry.time(), entry.entityType(), entry.entityId(), entry.entityVersion(),
                entry.field(), entry.oldValue(), entry.newValue(), entry.erased(), entry.actor(), entry.actorName(),
                entry.channel(), entry.eventType(), entry.eventId(), entry.correlationId(), entry.causationId());
    }
}
