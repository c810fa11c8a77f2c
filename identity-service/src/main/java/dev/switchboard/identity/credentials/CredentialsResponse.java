package dev.switchboard.identity.credentials;

import java.time.Instant;
import java.util.List;

/**
 * A contact's portal credentials as admins see them; only contactId and status when it has none.
 *
 * @param lastLogin when the user last logged in, as the realm recorded it; only in a read of the credentials, and
 *                  absent until the first login
 * @param language  what Keycloak's mails to the user are written in (en or fr)
 */
public record CredentialsResponse(String contactId, String username, CredentialsStatus status, List<String> roles,
        String blockReason, Instant createdAt, String createdBy, Instant lastLogin, String language) {

    static CredentialsResponse none(String contactId) {
        return new CredentialsResponse(contactId, null, CredentialsStatus.NONE, null, null, null, null, null, null);
    }

    static CredentialsResponse of(Credentials credentials, CredentialsStatus status) {
        return of(credentials, status, null);
    }

    static CredentialsResponse of(Credentials credentials, CredentialsStatus status, Instant lastLogin) {
        if (status == CredentialsStatus.NONE) {
            return none(credentials.contactId());
        }
        return new CredentialsResponse(credentials.contactId(), credentials.username(), status, credentials.roles(),
                credentials.blockReason(), credentials.createdAt(), credentials.createdBy(), lastLogin,
                credentials.language());
    }
}
