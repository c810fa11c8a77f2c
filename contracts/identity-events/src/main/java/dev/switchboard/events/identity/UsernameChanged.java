package dev.switchboard.events.identity;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** An admin changed the login name of a contact's portal credentials; the user logs in with the new one. */
public record UsernameChanged(String credentialsId, long version, String contactId, String previousUsername,
        String username) implements CredentialsEvent {

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("username", previousUsername, username));
    }
}
