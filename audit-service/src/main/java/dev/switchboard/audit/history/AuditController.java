package dev.switchboard.audit.history;

import dev.switchboard.platform.web.PageRequests;
import dev.switchboard.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The field-level history of any entity, newest first. */
@RestController
@Tag(name = "History", description = "Who changed which field of an entity from what to what, and when.")
class AuditController {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("time"), Sort.Order.desc("entityVersion"),
            Sort.Order.asc("position"));

    private final AuditEntryRepository entries;

    AuditController(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @GetMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List the field changes of an entity type or of one entity",
            operationId = "listAuditEntries",
            description = "One entry per changed field of every event, newest first; a purged entity's values are "
                    + "blanked (`erased`).")
    PageResponse<AuditEntryResponse> audit(
            @Parameter(description = "The kind of entity, e.g. `contact` or `account`.")
            @RequestParam @Pattern(regexp = "[a-z-]{1,50}") String entityType,
            @Parameter(description = "Only this entity's changes.") @RequestParam(required = false) String entityId,
            @Parameter(description = "The page, from 0.") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Entries per page.")
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        PageRequest request = PageRequests.of(page, size, NEWEST_FIRST);
        Page<AuditEntry> found = entityId == null
                ? entries.findByEntityType(entityType, request)
                : entries.findByEntityTypeAndEntityId(entityType, entityId, request);
        return PageResponse.of(found, AuditEntryResponse::of);
    }

    @GetMapping(path = "/api/contacts/{contactId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read a contact's history", operationId = "getContactHistory",
            description = "The contact's field changes, newest first: the same as the entries of entity type "
                    + "`contact` for its id.")
    PageResponse<AuditEntryResponse> contactHistory(@PathVariable String contactId,
            @Parameter(description = "The page, from 0.") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Entries per page.")
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PageResponse.of(entries.findByEntityTypeAndEntityId("contact", contactId,
                PageRequests.of(page, size, NEWEST_FIRST)), AuditEntryResponse::of);
    }
}
