package dev.switchboard.contact;

import dev.switchboard.events.contact.ContactAccountLinked;
import dev.switchboard.events.contact.ContactAccountUnlinked;
import dev.switchboard.events.contact.ContactCreated;
import dev.switchboard.events.contact.ContactDeleted;
import dev.switchboard.events.contact.ContactMoved;
import dev.switchboard.events.contact.ContactPrimaryAccountChanged;
import dev.switchboard.events.contact.ContactPurged;
import dev.switchboard.events.contact.ContactRestored;
import dev.switchboard.events.contact.ContactUpdated;
import dev.switchboard.platform.events.DomainEvent;
import dev.switchboard.platform.testkit.ServiceContract;
import java.util.Set;

/** Runs the platform's service contract (probes, OpenAPI, topics, AsyncAPI), asserted in {@link ServiceContract}, here. */
class ServiceContractTest extends ServiceContract {

    @Override
    protected Set<Class<? extends DomainEvent>> publishedEvents() {
        return Set.of(ContactCreated.class, ContactUpdated.class, ContactAccountLinked.class,
                ContactAccountUnlinked.class, ContactPrimaryAccountChanged.class, ContactMoved.class,
                ContactDeleted.class, ContactRestored.class, ContactPurged.class);
    }

    @Override
    protected Set<String> ownMetrics() {
        return Set.of("resilience4j_circuitbreaker_state{name=\"account-service\",state=\"closed\"} 1.0");
    }
}
