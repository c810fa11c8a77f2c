package dev.switchboard.achievement.credential;

import dev.switchboard.achievement.achievement.IssuedAchievement;
import java.time.Instant;

/**
 * The answer of a verification. It says what the achievement is (name, number, dates) and never who holds it: anyone
 * may ask.
 *
 * @param status    what was found
 * @param name      the achievement's name; none if it is not known here
 * @param revokedAt when it was revoked, if it was
 */
record Verification(VerificationStatus status, String achievementId, String number, String name, String brand,
        Instant issuedAt, Instant expiresAt, Instant revokedAt) {

    static Verification of(VerificationStatus status) {
        return new Verification(status, null, null, null, null, null, null, null);
    }

    static Verification of(IssuedAchievement achievement) {
        VerificationStatus status = switch (achievement.validity()) {
            case ACTIVE -> VerificationStatus.VALID;
            case EXPIRED -> VerificationStatus.EXPIRED;
            case REVOKED -> VerificationStatus.REVOKED;
        };
        return new Verification(status, achievement.id(), achievement.number(), achievement.name(),
                achievement.brand(), achievement.issuedAt(), achievement.expiresAt(), achievement.revokedAt());
    }
}
