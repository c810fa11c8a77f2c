package dev.switchboard.platform.testkit;

import org.junit.jupiter.api.Test;

/**
 * The architecture rules of {@link ServiceArchitecture}, run on the service whose test package extends this class.
 * Extend it once per service, as {@code ArchitectureTest} beside the application class.
 */
public abstract class ServiceArchitectureRules {

    private final String servicePackage = getClass().getPackageName();

    @Test
    void featuresStayApartAndOtherServicesAreReachedOnlyThroughEvents() {
        ServiceArchitecture.verify(servicePackage);
    }

    @Test
    void theStoredModelKnowsNothingOfTheWeb() {
        ServiceArchitecture.verifyModelFreeOfWeb(servicePackage);
    }

    @Test
    void onlyControllersRefuseRequestsWithWebExceptions() {
        ServiceArchitecture.verifyOnlyControllersRefuseWithWebExceptions(servicePackage);
    }

    @Test
    void controllersLeaveMongoDbToTheirFeaturesComponents() {
        ServiceArchitecture.verifyControllersFreeOfMongo(servicePackage);
    }

    @Test
    void eventsArePublishedOnlyThroughTheOutbox() {
        ServiceArchitecture.verifyOneWayToPublish(servicePackage);
    }

    @Test
    void eventsAreConsumedOnlyThroughTheInbox() {
        ServiceArchitecture.verifyOneWayToConsume(servicePackage);
    }
}
