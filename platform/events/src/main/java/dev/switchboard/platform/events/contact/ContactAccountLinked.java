package dev.switchboard.events.contact;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/**
 * A contact is linked to an account, actively or not. {@code wasActive} is the link's state before, null if the
 * link is new; {@code primaryAccountId} is the contact's primary account after the change.
 */
public record ContactAccountLinked(String contactId, long version, String accountId, boolean active, Boolean wasActive,
        String primaryAccountId) implements ContactEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.single(AccountLinks.activeField(accountId), wasActive, active);
    }
}
