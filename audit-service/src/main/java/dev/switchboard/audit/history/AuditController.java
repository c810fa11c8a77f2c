package dev.switchboard.audit.history;

import dev.switchboard.platform.web.PageRequests;
import dev.switchboard.platform.web.PageResponse;
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
class AuditController {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("time"), Sort.Order.desc("entityVersion"),
            Sort.Order.asc("position"));

    private final AuditEntryRepository entries;

    AuditController(AuditEntryRepository entries) {
        this.entries = entries;
    }

    @GetMapping(path = "/api/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResponse<AuditEntryResponse> audit(
            @RequestParam @Pattern(regexp = "[a-z-]{1,50}") String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        PageRequest request = PageRequests.of(page, size, NEWEST_FIRST);
        Page<AuditEntry> found = entityId == null
                ? entries.findByEntityType(entityType, request)
                : entries.findByEntityTypeAndEntityId(entityType, entityId, request);
        return PageResponse.of(found, AuditEntryResponse::of);
    }

    @GetMapping(path = "/api/contacts/{contactId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    PageResponse<AuditEntryResponse> contactHistory(@PathVariable String contactId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return PageResponse.of(entries.findByEntityTypeAndEntityId("contact", contactId,
                PageRequests.of(page, size, NEWEST_FIRST)), AuditEntryResponse::of);
    }
}
