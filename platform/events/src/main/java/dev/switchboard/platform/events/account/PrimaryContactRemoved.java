package dev.switchboard.events.account;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** The account has no primary contact any more; {@code contactId} was it. */
public record PrimaryContactRemoved(String accountId, long version, String contactId) implements AccountEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.single("primaryContactId", contactId, null);
    }
}
