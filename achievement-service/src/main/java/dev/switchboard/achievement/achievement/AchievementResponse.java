package dev.switchboard.achievement.achievement;

import java.time.Instant;
import java.util.List;

/**
 * An achievement as clients read it; {@code validity} is as of the moment of reading.
 *
 * @param contactId none once the contact was purged (the achievement is then anonymised)
 * @param documents its files (certificate, images); none yet, documents are still to come
 */
record AchievementResponse(String id, long version, String contactId, String definitionId, String name, String brand,
        String number, Instant issuedAt, Instant expiresAt, IssuedBy issuedBy, Validity validity, Instant revokedAt,
        String revokeReason, Instant anonymisedAt, List<DocumentRef> documents) {

    static AchievementResponse of(Achievement achievement, Instant now) {
        return new AchievementResponse(achievement.id(), achievement.version(), achievement.contactId(),
                achievement.definitionId(), achievement.name(), achievement.brand(), achievement.number(),
                achievement.issuedAt(), achievement.expiresAt(), achievement.issuedBy(), achievement.validityAt(now),
                achievement.revokedAt(), achievement.revokeReason(), achievement.anonymisedAt(), List.of());
    }

    /** One file of the achievement, in the version it is at. */
    record DocumentRef(String id, String kind, int version) {
    }
}
