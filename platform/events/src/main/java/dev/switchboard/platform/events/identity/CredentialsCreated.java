package dev.switchboard.events.identity;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;
import java.util.Map;

/** Portal credentials were set up for a contact; they are active. */
public record CredentialsCreated(String credentialsId, long version, String contactId, String username) implements CredentialsEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.allNew(Map.of("contactId", contactId, "username", username, "status", "ACTIVE"));
    }
}
