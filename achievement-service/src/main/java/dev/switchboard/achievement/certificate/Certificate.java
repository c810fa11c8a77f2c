package dev.switchboard.achievement.certificate;

import java.time.Instant;

/**
 * What a certificate shows.
 *
 * @param title     the achievement's name (its definition's)
 * @param holder    the contact's name as it is now
 * @param expiresAt none if it never expires
 * @param brand     where the learner views it; none if the definition has none
 */
public record Certificate(String title, String holder, String number, Instant issuedAt, Instant expiresAt,
        String brand) {
}
