package dev.switchboard.events.contact;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/**
 * A contact was removed for good; nothing of it is left in contact-service. Subscribers forget or anonymise what
 * they keep about it.
 */
public record ContactPurged(String contactId, long version) implements ContactEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.single("purged", false, true);
    }
}
