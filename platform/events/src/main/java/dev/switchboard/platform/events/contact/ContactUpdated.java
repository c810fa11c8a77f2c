package dev.switchboard.events.contact;

import dev.switchboard.platform.events.FieldChange;
import java.util.List;

/** Some of a contact's details changed: {@code changes} lists them, {@code details} is the whole result. */
public record ContactUpdated(String contactId, long version, List<FieldChange> changes, ContactDetails details)
        implements ContactEvent {
}
