package dev.switchboard.audit;

import dev.switchboard.platform.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void featuresStayApartAndOtherServicesAreReachedOnlyThroughEvents() {
        ServiceArchitecture.verify("dev.switchboard.audit");
    }

    @Test
    void controllersLeaveMongoToTheFeature() {
        ServiceArchitecture.verifyControllersFreeOfMongo("dev.switchboard.audit");
    }

    @Test
    void eventsArePublishedOnlyThroughTheOutbox() {
        ServiceArchitecture.verifyOneWayToPublish("dev.switchboard.audit");
    }

    @Test
    void eventsAreConsumedOnlyThroughTheInbox() {
        ServiceArchitecture.verifyOneWayToConsume("dev.switchboard.audit");
    }
}
