package dev.switchboard.audit.history;

import dev.switchboard.platform.events.Channel;
import dev.switchboard.platform.web.PageRequests;
import dev.switchboard.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The field-level history of any entity and of a contact across services, newest first. */
@RestController
@Tag(name = "History", description = "Who changed which field of an entity from what to what, and when.")
class AuditController {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("time"), Sort.Order.desc("entityVersion"),
            Sort.Order.asc("position"));

    private final MongoTemplate mongo;
    private final Sequences sequences;
    private final HistoryReads reads;

    AuditController(MongoTemplate mongo, Sequences sequences, HistoryReads reads) {
        this.mongo = mongo;
        this.sequences = sequences;
        this.reads = reads;
    }

    @GetMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the field changes of an entity type or of one entity",
            operationId = "listAuditEntries",
            description = "One entry per changed field of every event, newest first (for one entity: in the order "
                    + "they were stored); a purged entity's values are blanked (`erased`). Reads of a contact's "
                    + "history are listed under entity type `contact-access`.")
    PageResponse<AuditEntryResponse> audit(
            @Parameter(description = "The kind of entity, e.g. `contact` or `account`.")
            @RequestParam @Pattern(regexp = "[a-z-]{1,50}") String entityType,
            @Parameter(description = "Only this entity's changes.")
            @RequestParam(required = false) @Size(min = 1, max = 200) String entityId,
            @Parameter(description = "Only changes of this field.")
            @RequestParam(required = false) @Size(min = 1, max = 200) String field,
            @Parameter(description = "Only changes by this actor (user id or name).")
            @RequestParam(required = false) @Size(min = 1, max = 200) String actor,
            @Parameter(description = "Only changes made through this channel.")
            @RequestParam(required = false) Channel channel,
            @Parameter(description = "Only changes at or after this time.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @Parameter(description = "Only changes before this time.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @Parameter(description = "The page, from 0.") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Entries per page.")
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        PageRequests.check(page, size, PageRequests.MAX_RESULT_WINDOW);
        HistoryFilter filter = new HistoryFilter(field, actor, channel, from, to);
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

    @GetMapping(path = "/api/contacts/{contactId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read a contact's history", operationId = "getContactHistory",
            description = "Everything that happened to the contact across services, newest first: its own field "
                    + "changes, and those of account links, credentials and achievements about it. Each read is "
                    + "itself recorded (entity type `contact-access`).")
    PageResponse<AuditEntryResponse> contactHistory(
            @PathVariable @Size(max = 200) String contactId,
            @Parameter(description = "Only changes of this field.")
            @RequestParam(required = false) @Size(min = 1, max = 200) String field,
            @Parameter(description = "Only changes by this actor (user id or name).")
            @RequestParam(required = false) @Size(min = 1, max = 200) String actor,
            @Parameter(description = "Only changes made through this channel.")
            @RequestParam(required = false) Channel channel,
            @Parameter(description = "Only changes at or after this time.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @Parameter(description = "Only changes before this time.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @Parameter(description = "The page, from 0.") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Entries per page.")
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        PageRequests.check(page, size, PageRequests.MAX_RESULT_WINDOW);
        HistoryFilter filter = new HistoryFilter(field, actor, channel, from, to);
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
        return "page " + page + " of " + size + (filter.isEmpty() ? "" : ", " + filter);
    }

    private static PageResponse<AuditEntryResponse> page(List<AuditEntry> items, long total, int page, int size) {
        return new PageResponse<>(items.stream().map(AuditEntryResponse::of).toList(), page, size, total,
                (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size));
    }
}
