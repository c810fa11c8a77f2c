package dev.switchboard.events.identity;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** A contact's portal credentials were removed; new ones may be set up later. */
public record CredentialsRemoved(String credentialsId, long version, String contactId) implements CredentialsEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.single("status", null, "NONE");
    }
}
