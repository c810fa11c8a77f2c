package dev.switchboard.achievement.achievement;

import java.time.Instant;
import java.util.List;

/**
 * An achievement as clients read it; {@code validity} is as of the moment of reading.
 *
 * @param contactId none once the contact was purged (the achievement is then anonymised)
 * @param documents its files (certificate, uploaded PDFs and images), each in its current version
 */
record AchievementResponse(String id, long version, String contactId, String definitionId, String name, String brand,
        String number, Instant issuedAt, Instant expiresAt, IssuedBy issuedBy, Validity validity, Instant revokedAt,
        String revokeReason, Instant anonymisedAt, List<DocumentRef> documents) {

    static AchievementResponse of(Achievement achievement, Instant now) {
        return new AchievementResponse(achievement.id(), achievement.version(), achievement.contactId(),
                achievement.definitionId(), achievement.name(), achievement.brand(), achievement.number(),
                achievement.issuedAt(), achievement.expiresAt(), achievement.issuedBy(), achievement.validityAt(now),
                achievement.revokedAt(), achievement.revokeReason(), achievement.anonymisedAt(),
                achievement.documents().stream().map(DocumentRef::of).toList());
    }

    /** One file of the achievement, in the version it is at; earlier versions are read by number. */
    record DocumentRef(String id, DocumentKind kind, int version, String contentType, String filename, long size) {

        static DocumentRef of(AchievementDocument document) {
            return new DocumentRef(document.id(), document.kind(), document.version(), document.file().contentType(),
                    document.file().filename(), document.file().size());
        }
    }
}
