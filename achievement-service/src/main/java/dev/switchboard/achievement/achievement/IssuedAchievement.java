package dev.switchboard.achievement.achievement;

import java.time.Instant;

/**
 * An achievement as other features of this service read it (its credential, its verification).
 *
 * @param contactId   none once the contact was purged
 * @param statusIndex its place in the revocation status lists
 * @param validity    as of the moment it was read
 */
public record IssuedAchievement(String id, String contactId, String definitionId, String name, String brand,
        String number, Instant issuedAt, Instant expiresAt, Instant revokedAt, long statusIndex, Validity validity) {
}
