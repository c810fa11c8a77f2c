package dev.switchboard.events.contact;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** A contact is no longer linked to an account; its primary account (unchanged) is {@code primaryAccountId}. */
public record ContactAccountUnlinked(String contactId, long version, String accountId, boolean wasActive,
        String primaryAccountId) implements ContactEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.single(AccountLinks.activeField(accountId), wasActive, null);
    }
}
