package dev.switchboard.events.account;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** Nobody holds the account's primary {@code role} any more; {@code contactId} did. */
public record PrimaryRoleRemoved(String accountId, long version, String role, String contactId)
        implements AccountEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.single("primaryRoles." + role, contactId, null);
    }
}
