package dev.switchboard.events.identity;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** The contact was mailed a link to choose a new password; nothing about the password itself is ever published. */
public record PasswordResetRequested(String credentialsId, long version, String contactId) implements CredentialsEvent {

    @Override
    public List<FieldChange> changes() {
        return List.of();
    }
}
