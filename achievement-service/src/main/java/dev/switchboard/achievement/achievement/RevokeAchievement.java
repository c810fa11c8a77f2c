package dev.switchboard.achievement.achievement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an achievement no longer counts. */
record RevokeAchievement(@NotBlank @Size(max = 1000) String reason) {
}
