package dev.switchboard.webhook;

import dev.switchboard.events.webhook.WebhookEvents;
import dev.switchboard.platform.events.EventCatalog;
import dev.switchboard.platform.testkit.ServiceContract;
import java.util.Optional;

/** Runs the platform's service contract (probes, OpenAPI, topics), asserted in {@link ServiceContract}, here. */
class ServiceContractTest extends ServiceContract {

    @Override
    protected Optional<EventCatalog> publishedEvents() {
        return Optional.of(new WebhookEvents());
    }
}
