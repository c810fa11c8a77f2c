package dev.switchboard.events.account;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** A contact became the account's primary contact, taking over from {@code previousContactId} if any. */
public record PrimaryContactAssigned(String accountId, long version, String contactId, String previousContactId)
        implements AccountEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.single("primaryContactId", previousContactId, contactId);
    }
}
