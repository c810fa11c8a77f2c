package dev.switchboard.achievement.credential;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Either the credential (a compact VC-JWT) or the achievement's number, not both. */
record VerifyAchievement(
        @Schema(description = "the credential as it was handed out (compact VC-JWT)") @Size(max = 20_000)
        String credential,
        @Schema(description = "the achievement's number, as printed on its certificate") @Size(max = 200)
        String number) {
}
