package dev.switchboard.account;

import dev.switchboard.platform.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void featuresStayApartAndOtherServicesAreReachedOnlyThroughEvents() {
        ServiceArchitecture.verify("dev.switchboard.account");
    }

    @Test
    void theStoredModelKnowsNothingOfTheWeb() {
        ServiceArchitecture.verifyModelFreeOfWeb("dev.switchboard.account");
    }

    @Test
    void controllersLeaveMongoToTheFeature() {
        ServiceArchitecture.verifyControllersFreeOfMongo("dev.switchboard.account");
    }

    @Test
    void eventsArePublishedOnlyThroughTheOutbox() {
        ServiceArchitecture.verifyOneWayToPublish("dev.switchboard.account");
    }

    @Test
    void eventsAreConsumedOnlyThroughTheInbox() {
        ServiceArchitecture.verifyOneWayToConsume("dev.switchboard.account");
    }
}
