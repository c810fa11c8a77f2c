package dev.switchboard.achievement;

import dev.switchboard.events.achievement.AchievementEvents;
import dev.switchboard.platform.events.EventCatalog;
import dev.switchboard.platform.testkit.ServiceContract;
import java.util.Optional;

/** Runs the platform's service contract (probes, OpenAPI, topics), asserted in {@link ServiceContract}, here. */
class ServiceContractTest extends ServiceContract {

    @Override
    protected Optional<EventCatalog> publishedEvents() {
        return Optional.of(new AchievementEvents());
    }
}
