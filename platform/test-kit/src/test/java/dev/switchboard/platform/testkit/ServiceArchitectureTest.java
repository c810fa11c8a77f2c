package dev.switchboard.platform.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ServiceArchitecture} catches the violation planted for it in {@code planted}. */
class ServiceArchitectureTest {

    private static final String PLANTED = "dev.switchboard.platform.testkit.planted";

    private static final JavaClasses planted = new ClassFileImporter().importPackages(PLANTED);

    @Test
    void aStoredDocumentThatThrowsAnHttpStatusBreaksTheModelRule() {
        assertBreaks(ServiceArchitecture.modelFreeOfWeb(), "WebAwareDocument");
    }

    @Test
    void aControllerThatQueriesMongoTemplateBreaksTheControllerRule() {
        assertBreaks(ServiceArchitecture.controllersFreeOfMongo(), "MongoReadingController");
    }

    @Test
    void codeThatSendsThroughKafkaTemplateBreaksThePublishingRule() {
        assertBreaks(ServiceArchitecture.oneWayToPublish(), "RawPublisher");
    }

    @Test
    void aListenerThatBypassesTheInboxBreaksTheConsumingRule() {
        assertBreaks(ServiceArchitecture.oneWayToConsume().get(0), "RawConsumer.on");
    }

    @Test
    void aClassLevelListenerBreaksTheConsumingRule() {
        assertBreaks(ServiceArchitecture.oneWayToConsume().get(1), "ListenerClass");
    }

    @Test
    void aFollowerOfItsOwnPartitionsKeepsTheConsumingRule() {
        JavaClasses follower = planted.that(DescribedPredicate.describe("the follower",
                type -> type.getSimpleName().equals("OwnPartitionsFollower")));
        ServiceArchitecture.oneWayToConsume().forEach(rule ->
                assertThatCode(() -> rule.check(follower)).doesNotThrowAnyException());
    }

    private static void assertBreaks(ArchRule rule, String violator) {
        assertThatThrownBy(() -> rule.check(planted)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(PLANTED + "." + violator);
    }
}
