package dev.switchboard.events.identity;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** A contact's portal access was blocked. */
public record AccessBlocked(String credentialsId, long version, String contactId, String reason) implements CredentialsEvent {

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("status", "ACTIVE", "BLOCKED"), new FieldChange("blockReason", null, reason));
    }
}
