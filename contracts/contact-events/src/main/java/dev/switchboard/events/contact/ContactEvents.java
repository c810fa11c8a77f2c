package dev.switchboard.events.contact;

import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.events.EventCatalog;
import java.util.List;

/** What contact-service publishes on the contacts topic. */
public final class ContactEvents implements EventCatalog {

    @Override
    public List<Class<? extends DomainEvent>> events() {
        return List.of(
                ContactCreated.class, ContactUpdated.class, ContactAccountLinked.class, ContactAccountUnlinked.class,
                ContactPrimaryAccountChanged.class, ContactMoved.class, ContactDeleted.class, ContactRestored.class,
                ContactPurged.class);
    }
}
