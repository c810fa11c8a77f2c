package dev.switchboard.audit.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Whether an entity's history is as it was stored. */
@RestController
@Tag(name = "History verification", description = "Checks an entity's hash-chained history for tampering.")
class VerifyController {

    private final ChainVerifier verifier;

    VerifyController(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping(path = "/api/audit/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('super-user')")
    @Operation(summary = "Verify an entity's history", operationId = "verifyAuditChain",
            description = "Walks the entity's hash chain and answers `valid`, or the first entry that was edited, "
                    + "deleted or moved. Blanked values of a purged person do not break it.")
    ChainVerifier.Verification verify(
            @Parameter(description = "The kind of entity, e.g. `contact`.")
            @RequestParam @Pattern(regexp = "[a-z-]{1,50}") String entityType,
            @Parameter(description = "The entity's id.") @RequestParam @Size(min = 1, max = 200) String entityId) {
        return verifier.verify(entityType, entityId);
    }
}
