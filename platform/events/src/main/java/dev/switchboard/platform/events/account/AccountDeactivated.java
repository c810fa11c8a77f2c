package dev.switchboard.events.account;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** An account is no longer current; its contact links become inactive, its contacts stay. */
public record AccountDeactivated(String accountId, long version) implements AccountEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.single("active", true, false);
    }
}
