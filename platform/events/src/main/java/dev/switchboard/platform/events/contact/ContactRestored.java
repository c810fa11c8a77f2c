package dev.switchboard.events.contact;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** A soft-deleted contact is back. */
public record ContactRestored(String contactId, long version) implements ContactEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.single("deleted", true, false);
    }
}
