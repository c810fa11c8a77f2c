package dev.switchboard.events.contact;

import dev.switchboard.platform.events.FieldChange;
import java.util.ArrayList;
import java.util.List;

/**
 * A contact moved from one account to another: the old link is gone, the new one is active, and the new account
 * is primary if the old one was. {@code primaryAccountId} is the primary account after the move.
 */
public record ContactMoved(String contactId, long version, String fromAccountId, String toAccountId,
        String previousPrimaryAccountId, String primaryAccountId) implements ContactEvent {

    @Override
    public List<FieldChange> changes() {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange(AccountLinks.activeField(fromAccountId), true, null));
        changes.add(new FieldChange(AccountLinks.activeField(toAccountId), null, true));
        if (!primaryAccountId.equals(previousPrimaryAccountId)) {
            changes.add(new FieldChange(AccountLinks.PRIMARY_ACCOUNT, previousPrimaryAccountId, primaryAccountId));
        }
        return List.copyOf(changes);
    }
}
