package dev.switchboard.audit.history;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Each contact's history across services, as a gap-free sequence of {@link HistoryRef}s: events of several topics
 * (and so several consumer threads) append to one contact's history, so a line is inserted under the next free
 * number, and a loser of that race numbers again.
 */
@Component
class ContactHistories {

    private static final int ATTEMPTS = 100;

    private final MongoTemplate mongo;
    private final Sequences sequences;

    ContactHistories(MongoTemplate mongo, Sequences sequences) {
        this.mongo = mongo;
        this.sequences = sequences;
    }

    /** Adds the stored entries with these event keys, in this order, to the contact's history. */
    void append(String contactId, List<String> eventKeys) {
        String key = HistoryRef.keyOf(contactId);
        Map<String, AuditEntry> byKey = mongo.find(Query.query(Criteria.where("eventKey").in(eventKeys)),
                AuditEntry.class).stream().collect(Collectors.toMap(AuditEntry::eventKey, entry -> entry));
        List<AuditEntry> entries = eventKeys.stream().map(byKey::get).filter(Objects::nonNull).toList();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<HistoryRef> missing = missing(entries.stream().map(entry -> HistoryRef.to(contactId, entry)).toList());
            if (missing.isEmpty()) {
                return;
            }
            long last = sequences.last(key, HistoryRef.class);
            try {
                for (HistoryRef ref : missing) {
                    mongo.insert(ref.numbered(++last));
                }
                sequences.advance(key, HistoryRef.class, last);
                return;
            } catch (DuplicateKeyException raced) {
                sequences.advance(key, HistoryRef.class, last - 1);
            }
        }
        throw new IllegalStateException("could not append to the history of contact " + contactId);
    }

    private List<HistoryRef> missing(List<HistoryRef> refs) {
        Set<String> keys = refs.stream().map(HistoryRef::refKey).collect(Collectors.toSet());
        Query query = Query.query(Criteria.where("refKey").in(keys));
        query.fields().include("refKey");
        Set<String> present = mongo.find(query, org.bson.Document.class, mongo.getCollectionName(HistoryRef.class))
                .stream().map(document -> document.getString("refKey")).collect(Collectors.toSet());
        return refs.stream().filter(ref -> !present.contains(ref.refKey())).toList();
    }
}
