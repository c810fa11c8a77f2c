package dev.switchboard.gateway;

import dev.switchboard.platform.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void featuresStayApartAndOtherServicesAreReachedOnlyThroughEvents() {
        ServiceArchitecture.verify("dev.switchboard.gateway");
    }
}
