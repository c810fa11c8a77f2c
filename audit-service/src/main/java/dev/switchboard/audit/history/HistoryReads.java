package dev.switchboard.audit.history;

import dev.switchboard.platform.context.EventContexts;
import dev.switchboard.platform.events.EventContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who read whose history: every read of a contact's history is itself kept, as an entry of the contact's
 * {@code contact-access} chain (field {@code history}, the number of rows read as the new value, the filters as the
 * old one), hash-chained like any entry and listed by {@code GET /api/audit?entityType=contact-access&entityId=}.
 */
@Component
class HistoryReads {

    static final String ENTITY_TYPE = "contact-access";
    static final String READ_TYPE = "switchboard.audit.HistoryRead";

    private final EntityChains chains;
    private final EventContexts contexts;
    private final Clock clock;

    HistoryReads(EntityChains chains, EventContexts contexts, Clock clock) {
        this.chains = chains;
        this.contexts = contexts;
        this.clock = clock;
    }

    void record(String contactId, String what, long rows) {
        EventContext reader = contexts.current();
        String id = UUID.randomUUID().toString();
        String salt = EntryHashes.newSalt();
        AuditEntry read = new AuditEntry(null, 0, clock.instant().truncatedTo(ChronoUnit.MILLIS), ENTITY_TYPE,
                contactId, 0, "history", what, rows, EntryHashes.digest(salt, what), EntryHashes.digest(salt, rows),
                salt, false, false, reader.actor(), reader.actorName(), reader.channel().name(), READ_TYPE, id,
                reader.correlationId(), null, 0, id + "/0", List.of(), null, null);
        chains.append(AuditEntry.chainOf(ENTITY_TYPE, contactId), List.of(read));
    }
}
