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

    private final HistoryQueries queries;

    AuditController(HistoryQueries queries) {
        this.queries = queries;
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
        return queries.entries(entityType, entityId, new HistoryFilter(field, actor, channel, from, to), page, size);
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
        return queries.contactHistory(contactId, new HistoryFilter(field, actor, channel, from, to), page, size);
    }
}
