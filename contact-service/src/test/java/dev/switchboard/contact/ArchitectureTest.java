package dev.switchboard.contact;

import dev.switchboard.platform.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void featuresStayApartAndOtherServicesAreReachedOnlyThroughEvents() {
        ServiceArchitecture.verify("dev.switchboard.contact");
    }

    @Test
    void theStoredModelKnowsNothingOfTheWeb() {
        ServiceArchitecture.verifyModelFreeOfWeb("dev.switchboard.contact");
    }

    @Test
    void eventsArePublishedOnlyThroughTheOutbox() {
        ServiceArchitecture.verifyOneWayToPublish("dev.switchboard.contact");
    }

    @Test
    void eventsAreConsumedOnlyThroughTheInbox() {
        ServiceArchitecture.verifyOneWayToConsume("dev.switchboard.contact");
    }
}
