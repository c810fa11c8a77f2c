package dev.switchboard.events.account;

import dev.switchboard.platform.events.FieldChange;
import dev.switchboard.platform.events.Fields;
import java.util.List;
import java.util.Map;

/** An account was created. */
public record AccountCreated(String accountId, long version, AccountDetails details, boolean active)
        implements AccountEvent {

    @Override
    public List<FieldChange> changes() {
        Map<String, Object> fields = Fields.of("", details);
        fields.put("active", active);
        return FieldChange.allNew(fields);
    }
}
