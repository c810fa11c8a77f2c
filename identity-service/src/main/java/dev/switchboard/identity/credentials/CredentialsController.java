package dev.switchboard.identity.credentials;

import dev.switchboard.identity.realm.RealmUsers;
import dev.switchboard.platform.web.MergePatches;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A contact's portal credentials: a user of the realm, managed by admins only. */
@Tag(name = "Portal credentials", description = "A contact's login to the portal: set up, blocked, restored, removed")
@RestController
@RequestMapping(path = "/api/contacts/{id}/credentials", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('admin')")
class CredentialsController {

    private final PortalCredentials credentials;

    CredentialsController(PortalCredentials credentials) {
        this.credentials = credentials;
    }

    @Operation(summary = "Set up a contact's portal credentials", operationId = "setUpCredentials",
            description = "Creates the contact's user in the realm with its email and names, the portal role and the"
                    + " given roles (only roles the admin holds). With sendInvitation, Keycloak mails a link to choose"
                    + " a password. A deleted contact, or one that already has credentials, is a 409; a taken"
                    + " username is a 409.")
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CredentialsResponse> setUp(@PathVariable String id, @Valid @RequestBody SetUpCredentials body,
            Authentication caller) {
        body.roles().forEach(role -> requireHeldBy(caller, role));
        Credentials created = credentials.create(id, body.toNew(), caller.getName());
        return ResponseEntity.created(URI.create("/api/contacts/" + id + "/credentials"))
                .body(CredentialsResponse.of(created, created.status()));
    }

    @Operation(summary = "Read a contact's portal credentials", operationId = "getCredentials",
            description = "Status NONE when the contact has none.")
    @GetMapping
    CredentialsResponse get(@PathVariable String id) {
        return credentials.describe(id);
    }

    @Operation(summary = "Change the username of a contact's portal credentials", operationId = "changeUsername",
            description = "The user logs in with the new name at once; the old one no longer works. Portal users cannot"
                    + " change their own username (the realm lets only admins edit it). A taken username is a 409.")
    @PatchMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, MergePatches.MEDIA_TYPE})
    CredentialsResponse changeUsername(@PathVariable String id, @Valid @RequestBody ChangeUsername body) {
        return credentials.describe(credentials.changeUsername(id, body.username()));
    }

    @Operation(summary = "Mail the contact a link to choose a new password", operationId = "requestPasswordReset",
            description = "Keycloak's UPDATE_PASSWORD email; the current password works until a new one is chosen."
                    + " Not for blocked or rejected access (409).")
    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void requestPasswordReset(@PathVariable String id) {
        credentials.requestPasswordReset(id);
    }

    @Operation(summary = "Block a contact's portal access", operationId = "blockAccess",
            description = "Disables the user in the realm and ends its sessions; restoring enables it again.")
    @PostMapping(path = "/block", consumes = MediaType.APPLICATION_JSON_VALUE)
    CredentialsResponse block(@PathVariable String id, @Valid @RequestBody BlockAccess body) {
        Credentials blocked = credentials.block(id, body.reason());
        return CredentialsResponse.of(blocked, blocked.status());
    }

    @Operation(summary = "Reject and revoke a contact's portal access", operationId = "rejectAccess",
            description = "Disables the user and ends its sessions for good: rejected access is not restored, and the"
                    + " contact may not register again by itself. Removing the credentials still works.")
    @PostMapping(path = "/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    CredentialsResponse reject(@PathVariable String id, @Valid @RequestBody BlockAccess body) {
        Credentials rejected = credentials.reject(id, body.reason());
        return CredentialsResponse.of(rejected, rejected.status());
    }

    @Operation(summary = "Restore a contact's blocked portal access", operationId = "restoreAccess")
    @PostMapping("/restore")
    CredentialsResponse restore(@PathVariable String id) {
        Credentials restored = credentials.restore(id);
        return CredentialsResponse.of(restored, restored.status());
    }

    @Operation(summary = "Remove a contact's portal credentials", operationId = "removeCredentials",
            description = "Deletes the user in the realm; new credentials may be set up later.")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String id) {
        credentials.remove(id);
    }

    /** An admin gives no role it does not hold itself (no admin makes a super-user); the portal role is everyone's. */
    static void requireHeldBy(Authentication caller, String role) {
        if (!RealmUsers.PORTAL_ROLE.equals(role) && caller.getAuthorities().stream()
                .noneMatch(authority -> authority.getAuthority().equals("ROLE_" + role))) {
            throw new AccessDeniedException("may not give role " + role);
        }
    }
}
