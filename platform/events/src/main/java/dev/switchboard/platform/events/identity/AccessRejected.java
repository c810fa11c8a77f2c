package dev.switchboard.events.identity;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** A contact's portal access was rejected and revoked; it may not register again. */
public record AccessRejected(String credentialsId, long version, String contactId, String reason) implements CredentialsEvent {

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("status", null, "REJECTED"), new FieldChange("rejectReason", null, reason));
    }
}
