package dev.switchboard.contact;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.switchboard.platform.testkit.ServiceArchitecture;
import dev.switchboard.platform.web.ConflictException;
import dev.switchboard.platform.web.InvalidRequestException;
import dev.switchboard.platform.web.NotFoundException;
import dev.switchboard.platform.web.UnprocessableException;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTest {

    /** Controllers may refuse a request's shape; every other refusal is the model's, mapped to a problem elsewhere. */
    private static final ArchRule ONLY_CONTROLLERS_THROW_WEB_REFUSALS = noClasses()
            .that().areNotAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().belongToAnyOf(ConflictException.class, InvalidRequestException.class,
                    NotFoundException.class, UnprocessableException.class)
            .because("the model and its services throw domain exceptions; ProblemResponses alone maps them");

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

    @Test
    void onlyControllersRefuseRequestsWithWebExceptions() {
        ONLY_CONTROLLERS_THROW_WEB_REFUSALS.check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.switchboard.contact"));
    }

    @Test
    void aServiceThrowingAWebExceptionBreaksTheRule() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedRules.class);
        assertThatThrownBy(() -> ONLY_CONTROLLERS_THROW_WEB_REFUSALS.check(planted))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PlantedRules");
    }

    /** A rule that answers with a web exception, as ContactRules once did. */
    static class PlantedRules {

        void check(String reportsTo) {
            if (reportsTo.isBlank()) {
                throw new UnprocessableException("A contact cannot report to nobody.");
            }
        }
    }
}
