package dev.switchboard.events.identity;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** A contact's blocked portal access works again. */
public record AccessRestored(String credentialsId, long version, String contactId) implements CredentialsEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.single("status", "BLOCKED", "ACTIVE");
    }
}
