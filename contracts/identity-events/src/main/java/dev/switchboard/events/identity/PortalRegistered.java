package dev.switchboard.events.identity;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/**
 * A contact registered for the portal by itself (its credentials were set up and it was mailed a link to choose a
 * password).
 *
 * @param newContact whether the registration created the contact (in the configured default account), rather than
 *                   matching an existing one by its email
 */
public record PortalRegistered(String credentialsId, long version, String contactId, boolean newContact)
        implements CredentialsEvent {

    @Override
    public List<FieldChange> changes() {
        return List.of();
    }
}
