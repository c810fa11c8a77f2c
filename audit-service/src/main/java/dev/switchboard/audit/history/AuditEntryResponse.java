package dev.switchboard.audit.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One field change; an absent old or new value is shown as null rather than left out, {@code erased} tells a
 * value blanked by a purge from one that was empty, and {@code redacted} a secret whose values were never kept.
 * {@code seq}, {@code previousHash} and {@code hash} place the entry in its entity's hash chain.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record AuditEntryResponse(Instant time, String entityType, String entityId, long entityVersion, String field,
        Object oldValue, Object newValue, boolean erased, boolean redacted, String actor, String actorName,
        String channel, String eventType, String eventId, String correlationId, String causationId, long seq,
        String previousHash, String hash) {

    static AuditEntryResponse of(AuditEntry entry) {
        return new AuditEntryResponse(entry.time(), entry.entityType(), entry.entityId(), entry.entityVersion(),
                entry.field(), entry.oldValue(), entry.newValue(), entry.erased(), entry.redacted(), entry.actor(),
                entry.actorName(), entry.channel(), entry.eventType(), entry.eventId(), entry.correlationId(),
                entry.causationId(), entry.seq(), entry.previousHash(), entry.hash());
    }
}
