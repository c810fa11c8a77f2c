package dev.switchboard.audit.history;

import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Walks an entity's hash chain from its first entry and reports the first link that does not hold: a number
 * missing (deleted), an entry under another entry's number (moved), a previous hash that is not the previous entry's
 * (reordered or cut), a hash that no longer matches the entry (edited), a value that no longer matches its digest,
 * or values blanked although nothing was purged.
 */
@Component
class ChainVerifier {

    private final Sequences sequences;
    private final PurgedEntities purged;

    ChainVerifier(Sequences sequences, PurgedEntities purged) {
        this.sequences = sequences;
        this.purged = purged;
    }

    Verification verify(String entityType, String entityId) {
        String chain = AuditEntry.chainOf(entityType, entityId);
        long last = sequences.last(chain, AuditEntry.class);
        String previousHash = EntryHashes.GENESIS;
        long expected = 1;
        for (long from = 1; from <= last; from += Sequences.BATCH) {
            var batch = sequences.range(chain, AuditEntry.class, from, Math.min(last, from + Sequences.BATCH - 1))
                    .reversed();
            for (AuditEntry entry : batch) {
                if (entry.seq() != expected || !entry.id().equals(Sequences.id(chain, expected))) {
                    return broken(entityType, entityId, expected, entry.seq() > expected ? null : entry,
                            entry.seq() > expected ? "missing: the entry was deleted"
                                    : "out of place: this entry belongs at number " + entry.seq());
                }
                String problem = problemOf(entry, previousHash);
                if (problem != null) {
                    return broken(entityType, entityId, expected, entry, problem);
                }
                previousHash = entry.hash();
                expected++;
            }
            if (expected <= Math.min(last, from + Sequences.BATCH - 1)) {
                return broken(entityType, entityId, expected, null, "missing: the entry was deleted");
            }
        }
        return new Verification(entityType, entityId, true, last, null);
    }

    private String problemOf(AuditEntry entry, String previousHash) {
        if (!previousHash.equals(entry.previousHash())) {
            return "does not follow the entry before it (reordered, or an entry before it was replaced)";
        }
        if (!EntryHashes.hash(entry).equals(entry.hash())) {
            return "altered: the entry no longer matches its hash";
        }
        if (entry.salt() != null && (!Objects.equals(EntryHashes.digest(entry.salt(), entry.oldValue()),
                entry.oldDigest()) || !Objects.equals(EntryHashes.digest(entry.salt(), entry.newValue()),
                entry.newDigest()))) {
            return "altered: a value no longer matches its digest";
        }
        if (entry.salt() == null && (entry.oldValue() != null || entry.newValue() != null)) {
            return "altered: a value was added to a blanked entry";
        }
        boolean blanked = entry.salt() == null && (entry.oldDigest() != null || entry.newDigest() != null);
        if (blanked && !purged.isPurged(entry.entityType(), entry.entityId(), entry.contactIds())) {
            return "blanked although the person was not purged";
        }
        return null;
    }

    private static Verification broken(String entityType, String entityId, long seq, AuditEntry entry,
            String reason) {
        return new Verification(entityType, entityId, false, seq - 1, new BrokenEntry(seq,
                entry == null ? null : entry.id(), entry == null ? null : entry.eventId(), reason));
    }

    /** Whether a chain holds; {@code checked} counts the entries found sound before the first broken one. */
    record Verification(String entityType, String entityId, boolean valid, long checked, BrokenEntry firstBroken) {
    }

    /** The first link of a chain that does not hold, by its number in the chain. */
    record BrokenEntry(long seq, String entryId, String eventId, String reason) {
    }
}
