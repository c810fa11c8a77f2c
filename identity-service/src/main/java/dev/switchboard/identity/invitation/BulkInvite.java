package dev.switchboard.identity.invitation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Invitations of many contacts at once: the contacts named, or every contact of a client group (as contact-service
 * lists them when the job is asked for).
 *
 * @param groupId  the client group whose contacts are invited; with kind CLIENT_GROUP, the group named in each
 *                 invitation
 * @param language the language of Keycloak's mails to the users (en unless given)
 */
record BulkInvite(
        @Size(max = ContactService.MAX_MEMBERS) List<@NotNull @Pattern(regexp = Invite.ID) String> contactIds,
        @Size(max = 100) @Pattern(regexp = Invite.GROUP) String groupId,
        @NotNull InvitationKind kind,
        @NotNull InvitationMode mode,
        @Schema(allowableValues = {"en", "fr"}) @Pattern(regexp = "^(en|fr)$") String language) {
}
