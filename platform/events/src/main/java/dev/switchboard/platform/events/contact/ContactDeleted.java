package dev.switchboard.events.contact;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** A contact was soft-deleted: hidden from search, restorable. */
public record ContactDeleted(String contactId, long version) implements ContactEvent {

    @Override
    public List<FieldChange> changes() {
        return FieldChange.single("deleted", false, true);
    }
}
