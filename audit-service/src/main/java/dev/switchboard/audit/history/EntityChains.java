package dev.switchboard.audit.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Appends entries to their entity's hash chain. Two writers of one entity at once (a rebalance, a replay next to
 * the live consumer) cannot fork it: each link is inserted under the next number of the chain, which only one insert
 * can take; the loser reads the chain again and links after the winner. Entries already stored (same event and
 * field) are skipped, so an event handled again after a crash part-way only completes its entries.
 */
@Component
class EntityChains {

    private static final int ATTEMPTS = 100;

    private final MongoTemplate mongo;
    private final Sequences sequences;

    EntityChains(MongoTemplate mongo, Sequences sequences) {
        this.mongo = mongo;
        this.sequences = sequences;
    }

    /** Links the entries (unlinked, all of one entity) in the given order; returns those stored now. */
    List<AuditEntry> append(String chain, List<AuditEntry> entries) {
        List<AuditEntry> stored = new ArrayList<>();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<AuditEntry> missing = missing(entries);
            if (missing.isEmpty()) {
                return stored;
            }
            long last = sequences.last(chain, AuditEntry.class);
            AuditEntry previous = last == 0 ? null : mongo.findById(Sequences.id(chain, last), AuditEntry.class);
            // a last entry deleted behind our back: verify reports it; new entries are still kept
            String previousHash = previous == null ? EntryHashes.GENESIS : previous.hash();
            try {
                for (AuditEntry entry : missing) {
                    AuditEntry linked = entry.linked(++last, previousHash);
                    mongo.insert(linked);
                    stored.add(linked);
                    previousHash = linked.hash();
                }
                sequences.advance(chain, AuditEntry.class, last);
                return stored;
            } catch (DuplicateKeyException raced) {
                // another writer took this number (or stored this very entry): read the chain again
                sequences.advance(chain, AuditEntry.class, last - 1);
            }
        }
        throw new IllegalStateException("could not append to the history of " + chain + " in " + ATTEMPTS
                + " attempts");
    }

    private List<AuditEntry> missing(List<AuditEntry> entries) {
        Set<String> keys = entries.stream().map(AuditEntry::eventKey).collect(Collectors.toSet());
        Query query = Query.query(Criteria.where("eventKey").in(keys));
        query.fields().include("eventKey");
        Set<String> present = mongo.find(query, org.bson.Document.class, mongo.getCollectionName(AuditEntry.class))
                .stream().map(document -> document.getString("eventKey")).collect(Collectors.toSet());
        return entries.stream().filter(entry -> !present.contains(entry.eventKey())).toList();
    }
}
