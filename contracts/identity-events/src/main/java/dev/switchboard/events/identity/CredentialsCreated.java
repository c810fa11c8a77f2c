package dev.switchboard.events.identity;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;
import java.util.Map;

/**
 * Portal credentials were set up for a contact: {@code ACTIVE}, or {@code INVITED} when the contact was mailed a link
 * to choose a password first (what reading the credentials shows until then).
 *
 * @param status ACTIVE or INVITED; events published before it existed lack it and were ACTIVE
 */
public record CredentialsCreated(String credentialsId, long version, String contactId, String username, String status)
        implements CredentialsEvent {

    public static final String ACTIVE = "ACTIVE";
    public static final String INVITED = "INVITED";

    public CredentialsCreated {
        status = status == null ? ACTIVE : status;
    }

    /** Active credentials, as every one was before invitations. */
    public CredentialsCreated(String credentialsId, long version, String contactId, String username) {
        this(credentialsId, version, contactId, username, ACTIVE);
    }

    @Override
    public List<FieldChange> changes() {
        return FieldChange.allNew(Map.of("contactId", contactId, "username", username, "status", status));
    }
}
