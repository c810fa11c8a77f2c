package dev.switchboard.events.account;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** An inactive account is current again. */
public record AccountReactivated(String accountId, long version) implements AccountEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.single("active", false, true);
    }
}
