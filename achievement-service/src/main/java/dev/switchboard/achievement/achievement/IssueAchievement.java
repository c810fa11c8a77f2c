package dev.switchboard.achievement.achievement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A request to issue an achievement.
 *
 * @param number    unique; made from the definition's number pattern unless given
 * @param issuedAt  now unless given
 * @param expiresAt the definition's validity period after {@code issuedAt} unless given; none if it has none
 */
record IssueAchievement(
        @NotBlank @Size(max = 100) String contactId,
        @NotBlank @Size(max = 100) String definitionId,
        @Schema(example = "CERT-2026-00042")
        @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9 ./_-]*$",
                message = "must start with a letter or digit and hold letters, digits, space and . / _ - only")
        String number,
        Instant issuedAt,
        Instant expiresAt,
        @NotNull @Valid IssuedBy issuedBy) {
}
