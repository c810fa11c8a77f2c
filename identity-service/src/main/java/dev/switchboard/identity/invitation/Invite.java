package dev.switchboard.identity.invitation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An invitation of one contact to the portal: an existing contact ({@code contactId}) or a new one ({@code contact}).
 *
 * @param groupId  the client group, for CLIENT_GROUP only
 * @param username the login name; the contact's email (lower-cased) unless given
 * @param language the language of Keycloak's mails to the user (en unless given)
 */
record Invite(
        @NotNull InvitationKind kind,
        @Size(max = 100) @Pattern(regexp = ID) String contactId,
        @Valid NewContact contact,
        @Size(max = 100) @Pattern(regexp = GROUP) String groupId,
        @NotNull InvitationMode mode,
        @Schema(description = "lower-case letters, digits and . _ @ -; the contact's email unless given")
        @Size(max = 100) @Pattern(regexp = "^[a-z0-9][a-z0-9._@-]{2,99}$") String username,
        @Schema(allowableValues = {"en", "fr"}) @Pattern(regexp = "^(en|fr)$") String language) {

    static final String ID = "^[A-Za-z0-9_-]{1,100}$";
    static final String GROUP = "^[^\\p{Cntrl}]{1,100}$";
}
