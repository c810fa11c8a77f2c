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
}
