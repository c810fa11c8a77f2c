package dev.switchboard.identity.credentials;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The new login name an admin gives a contact's portal credentials. */
record ChangeUsername(
        @Schema(description = "lower-case letters, digits and . _ @ -, as the realm keeps usernames")
        @NotBlank @Size(max = 100) @Pattern(regexp = SetUpCredentials.USERNAME) String username) {
}
