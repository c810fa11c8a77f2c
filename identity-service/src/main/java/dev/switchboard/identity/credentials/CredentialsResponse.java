package dev.switchboard.identity.credentials;

import java.time.Instant;
import java.util.List;

/** A contact's portal credentials as admins see them; only contactId and status when it has none. */
record CredentialsResponse(String contactId, String username, CredentialsStatus status, List<String> roles,
        String blockReason, Instant createdAt, String createdBy) {

    static CredentialsResponse none(String contactId) {
        return new CredentialsResponse(contactId, null, CredentialsStatus.NONE, null, null, null, null);
    }

    static CredentialsResponse of(Credentials credentials, CredentialsStatus status) {
        if (status == CredentialsStatus.NONE) {
            return none(credentials.contactId());
        }
        return new CredentialsResponse(credentials.contactId(), credentials.username(), status, credentials.roles(),
                credentials.blockReason(), credentials.createdAt(), credentials.createdBy());
    }
}
