package dev.switchboard.audit.history;

import dev.switchboard.platform.web.PageResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Pages of the history: one entity's chain or one contact's lines by id, an entity type's entries by query. */
@Component
class HistoryQueries {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("time"), Sort.Order.desc("entityVersion"),
            Sort.Order.asc("position"));

    private final MongoTemplate mongo;
    private final Sequences sequences;
    private final HistoryReads reads;

    HistoryQueries(MongoTemplate mongo, Sequences sequences, HistoryReads reads) {
        this.mongo = mongo;
        this.sequences = sequences;
        this.reads = reads;
    }

    PageResponse<AuditEntryResponse> entries(String entityType, String entityId, HistoryFilter filter, int page,
            int size) {
        if (entityId != null) {
            Sequences.Slice<AuditEntry> slice = sequences.newestFirst(AuditEntry.chainOf(entityType, entityId),
                    AuditEntry.class, filter::matches, !filter.isEmpty(), page, size);
            return page(slice.items(), slice.total(), page, size);
        }
        Query query = Query.query(filter.criteria(Criteria.where("entityType").is(entityType)));
        long total = mongo.count(query, AuditEntry.class);
        List<AuditEntry> found = mongo.find(query.with(NEWEST_FIRST).skip((long) page * size).limit(size),
                AuditEntry.class);
        return page(found, total, page, size);
    }

    /** A page of the contact's history; the read itself is recorded. */
    PageResponse<AuditEntryResponse> contactHistory(String contactId, HistoryFilter filter, int page, int size) {
        Sequences.Slice<HistoryRef> lines = sequences.newestFirst(HistoryRef.keyOf(contactId), HistoryRef.class,
                filter::matches, !filter.isEmpty(), page, size);
        List<String> ids = lines.items().stream().map(HistoryRef::entryId).toList();
        Map<String, AuditEntry> entries = mongo.find(Query.query(Criteria.where("_id").in(ids)), AuditEntry.class)
                .stream().collect(Collectors.toMap(AuditEntry::id, Function.identity()));
        List<AuditEntry> found = ids.stream().map(entries::get).filter(Objects::nonNull).toList();
        reads.record(contactId, describe(filter, page, size), found.size());
        return page(found, lines.total(), page, size);
    }

    private static String describe(HistoryFilter filter, int page, int size) {
        return "page " + page + " of " + size + (filter.isEmpty() ? "" : ", " + filter.describe());
    }

    private static PageResponse<AuditEntryResponse> page(List<AuditEntry> items, long total, int page, int size) {
        return new PageResponse<>(items.stream().map(AuditEntryResponse::of).toList(), page, size, total,
                (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size));
    }
}
