package dev.switchboard.audit.history;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of a contact's history: a pointer to an entry of any entity that concerns the contact (its own details,
 * account links, credentials, achievements), numbered in the order the entries were stored, with what the history's
 * filters look at, so a filtered page reads only this contact's lines.
 */
@Document("contact_history")
record HistoryRef(
        @Id String id,
        long seq,
        String contactId,
        String entryId,
        @Indexed(unique = true) String refKey,
        Instant time,
        String field,
        String actor,
        String actorName,
        String channel) implements Sequenced {

    static String keyOf(String contactId) {
        return "contact/" + contactId;
    }

    static HistoryRef to(String contactId, AuditEntry entry) {
        return new HistoryRef(null, 0, contactId, entry.id(), contactId + "|" + entry.eventKey(), entry.time(),
                entry.field(), entry.actor(), entry.actorName(), entry.channel());
    }

    HistoryRef numbered(long seq) {
        return new HistoryRef(Sequences.id(keyOf(contactId), seq), seq, contactId, entryId, refKey, time, field, actor,
                actorName, channel);
    }
}
