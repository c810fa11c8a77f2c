package dev.switchboard.platform.events.account;

import dev.switchboard.platform.events.FieldChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An account was created. */
public record AccountCreated(String accountId, long version, String name, Address address, boolean active)
        implements AccountEvent {

    @Override
    public List<FieldChange> changes() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        if (address != null) {
            fields.putAll(address.asFields("address"));
        }
        fields.put("active", active);
        return FieldChange.allNew(fields);
    }
}
