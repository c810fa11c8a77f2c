package dev.switchboard.platform.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.switchboard.platform.testkit.ServiceArchitecture;
import dev.switchboard.platform.web.ServiceUnavailableException;
import dev.switchboard.platform.web.UnprocessableException;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/** The rule lives in the test kit, which cannot see the platform's web exceptions; here they are real. */
class WebRefusalRuleTest {

    @Test
    void aRuleOfTheFeatureThrowingAWebRefusalBreaksTheRule() {
        assertThatThrownBy(() -> ServiceArchitecture.onlyControllersRefuseWithWebExceptions()
                .check(new ClassFileImporter().importClasses(PlantedRules.class)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PlantedRules");
    }

    @Test
    void aControllerRefusingARequestsShapeAndAClientReportingAnOutageKeepTheRule() {
        assertThatCode(() -> ServiceArchitecture.onlyControllersRefuseWithWebExceptions()
                .check(new ClassFileImporter().importClasses(PlantedController.class, PlantedClient.class)))
                .doesNotThrowAnyException();
    }

    /** A rule answering with a web exception, as contact-service's ContactRules once did. */
    static class PlantedRules {

        void check(String reportsTo) {
            if (reportsTo.isBlank()) {
                throw new UnprocessableException("A contact cannot report to nobody.");
            }
        }
    }

    @RestController
    static class PlantedController {

        void refuse() {
            throw new UnprocessableException("The body is not an object.");
        }
    }

    static class PlantedClient {

        void call() {
            throw new ServiceUnavailableException("Account-service does not answer.");
        }
    }
}
