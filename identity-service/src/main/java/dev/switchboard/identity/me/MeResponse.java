package dev.switchboard.identity.me;

import dev.switchboard.identity.credentials.CredentialsStatus;
import java.time.Instant;
import java.util.List;

/**
 * What a portal user reads about itself: its contact, its credentials and its achievements.
 *
 * @param achievements newest first; validity is ACTIVE, EXPIRED (from expiresAt on) or REVOKED, computed when read
 */
record MeResponse(Contact contact, Credentials credentials, List<Achievement> achievements) {

    record Contact(String id, String firstName, String lastName, String email) {
    }

    record Credentials(String username, CredentialsStatus status, String language, Instant lastLogin) {
    }

    record Achievement(String id, String name, String number, Instant issuedAt, Instant expiresAt, String validity) {
    }
}
