package dev.switchboard.events.account;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/**
 * A contact holds the account's primary {@code role} now; only one contact holds a role on an account, so the
 * role moved from {@code previousContactId} if someone held it.
 */
public record PrimaryRoleAssigned(String accountId, long version, String role, String contactId,
        String previousContactId) implements AccountEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.single("primaryRoles." + role, previousContactId, contactId);
    }
}
