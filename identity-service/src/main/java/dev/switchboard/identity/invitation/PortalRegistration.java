package dev.switchboard.identity.invitation;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Someone asking for portal access by itself: who it is, and the language of its mails (en unless given). */
record PortalRegistration(
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @Schema(allowableValues = {"en", "fr"}) @Pattern(regexp = "^(en|fr)$") String language) {
}
