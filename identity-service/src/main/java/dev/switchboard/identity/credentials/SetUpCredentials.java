package dev.switchboard.identity.credentials;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an admin sets up portal credentials with.
 *
 * @param roles          realm roles besides {@code portal}, each one the admin holds
 * @param sendInvitation whether Keycloak mails the contact a link to choose a password
 * @param language       the language of the mails Keycloak sends the user (en by default)
 */
record SetUpCredentials(
        @Schema(description = "lower-case letters, digits and . _ @ -, as the realm keeps usernames")
        @NotBlank @Size(max = 100) @Pattern(regexp = USERNAME) String username,
        @Size(max = 10) List<@NotNull @Pattern(regexp = ROLE) String> roles,
        Boolean sendInvitation,
        @Schema(allowableValues = {"en", "fr"}) @Pattern(regexp = LANGUAGE) String language) {

    public static final String USERNAME = "^[a-z0-9][a-z0-9._@-]{2,99}$";
    static final String ROLE = "^[a-z][a-z0-9_-]{0,49}$";
    public static final String LANGUAGE = "^(en|fr)$";
    static final String INVITED_AS = "CREDENTIALS";

    SetUpCredentials {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    NewCredentials toNew() {
        return new NewCredentials(username, roles, Boolean.TRUE.equals(sendInvitation), language, INVITED_AS, null);
    }
}
