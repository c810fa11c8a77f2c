package dev.switchboard.identity.invitation;

import dev.switchboard.identity.credentials.CredentialsResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Seed 004's invitations of clients, internal users and client groups' members to the portal. */
@Tag(name = "Invitations", description = "Invite a contact, new or existing, to the portal: mailed or quiet")
@RestController
@RequestMapping(path = "/api/invitations", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('admin')")
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @Operation(summary = "Invite a contact to the portal", operationId = "inviteContact",
            description = "Portal credentials for an existing contact (contactId) or a new one (contact: its fields as"
                    + " for POST /api/contacts, created through contact-service on the caller's behalf). kind CLIENT"
                    + " gives the portal role only, INTERNAL portal and viewer, CLIENT_GROUP portal and puts the contact"
                    + " into the client group groupId. mode INVITE mails a link to choose a password (status INVITED"
                    + " until then), QUIET only sets the credentials up. The username is the contact's email unless"
                    + " given. 201 with the credentials.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CredentialsResponse> invite(@Valid @RequestBody Invite body, Authentication caller) {
        CredentialsResponse invited = invitations.invite(body, caller.getName());
        return ResponseEntity.created(URI.create("/api/contacts/" + invited.contactId() + "/credentials"))
                .body(invited);
    }
}
