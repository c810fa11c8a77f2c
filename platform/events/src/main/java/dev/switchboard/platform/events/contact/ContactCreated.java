package dev.switchboard.events.contact;

import dev.switchboard.platform.events.FieldChange;
import dev.switchboard.platform.events.Fields;
import java.util.List;
import java.util.Map;

/** A contact was created, linked (actively) to {@code accountId}, its primary account. */
public record ContactCreated(String contactId, long version, ContactDetails details, String accountId)
        implements ContactEvent {

    @Override
    public List<FieldChange> changes() {
        Map<String, Object> fields = Fields.of("", details);
        fields.put(AccountLinks.activeField(accountId), true);
        fields.put(AccountLinks.PRIMARY_ACCOUNT, accountId);
        return FieldChange.allNew(fields);
    }
}
