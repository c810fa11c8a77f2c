package dev.switchboard.identity;

import dev.switchboard.events.identity.IdentityEvents;
import dev.switchboard.platform.events.EventCatalog;
import dev.switchboard.platform.testkit.ServiceContract;
import java.util.Optional;
import java.util.Set;

/** Runs the platform's service contract (probes, OpenAPI, topics), asserted in {@link ServiceContract}, here. */
class ServiceContractTest extends ServiceContract {

    @Override
    protected Optional<EventCatalog> publishedEvents() {
        return Optional.of(new IdentityEvents());
    }

    @Override
    protected Set<String> ownMetrics() {
        return Set.of("resilience4j_circuitbreaker_state{name=\"keycloak\",state=\"closed\"} 1.0");
    }
}
