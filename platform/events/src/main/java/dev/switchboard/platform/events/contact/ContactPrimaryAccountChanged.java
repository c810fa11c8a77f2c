package dev.switchboard.events.contact;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** Another of the contact's linked accounts became its primary account. */
public record ContactPrimaryAccountChanged(String contactId, long version, String primaryAccountId,
        String previousAccountId) implements ContactEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.single(AccountLinks.PRIMARY_ACCOUNT, previousAccountId, primaryAccountId);
    }
}
