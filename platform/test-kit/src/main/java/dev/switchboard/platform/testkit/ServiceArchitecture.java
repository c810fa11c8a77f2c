package dev.switchboard.platform.testkit;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;

/**
 * The rules every service keeps: features free of cycles, no code of another service reached directly, the model
 * free of the web, web refusals thrown by controllers alone, controllers free of MongoDB's templates, and one way
 * to publish and to consume events.
 */
public final class ServiceArchitecture {

    private static final List<String> SERVICES = List.of("account", "contact", "identity", "achievement", "audit", "gateway");

    private static final String KAFKA_LISTENER = "org.springframework.kafka.annotation.KafkaListener";
    private static final String INBOUND_EVENTS = "dev.switchboard.platform.inbox.InboundEvents";

    private static final DescribedPredicate<JavaClass> MONGO_ACCESS = DescribedPredicate.describe(
            "MongoDB's templates or driver", type -> Set.of(
                    "org.springframework.data.mongodb.core.MongoTemplate",
                    "org.springframework.data.mongodb.core.MongoOperations",
                    "org.springframework.data.mongodb.core.ReactiveMongoTemplate",
                    "org.springframework.data.mongodb.core.ReactiveMongoOperations").contains(type.getName())
                    || resideInAnyPackage("com.mongodb..").test(type));

    private static final DescribedPredicate<JavaClass> KAFKA_PUBLISHING = DescribedPredicate.describe(
            "Kafka's producers or templates", type -> Set.of(
                    "org.springframework.kafka.core.KafkaTemplate",
                    "org.springframework.kafka.core.KafkaOperations",
                    "org.springframework.kafka.core.ProducerFactory",
                    "org.springframework.kafka.core.RoutingKafkaTemplate").contains(type.getName())
                    || resideInAnyPackage("org.apache.kafka.clients.producer..").test(type));

    /** The platform's exceptions that refuse a request by its HTTP status; an outage's 503 is not among them. */
    private static final Set<String> WEB_REFUSALS = Set.of(
            "dev.switchboard.platform.web.ConflictException",
            "dev.switchboard.platform.web.InvalidRequestException",
            "dev.switchboard.platform.web.NotFoundException",
            "dev.switchboard.platform.web.UnprocessableException");

    private ServiceArchitecture() {
    }

    public static void verify(String servicePackage) {
        JavaClasses classes = mainClasses(servicePackage);
        slices().matching(servicePackage + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
        for (String other : SERVICES) {
            String otherPackage = "dev.switchboard." + other;
            if (!otherPackage.equals(servicePackage)) {
                noClasses().should().dependOnClassesThat().resideInAPackage(otherPackage + "..")
                        .because("services change each other's state only through events")
                        .check(classes);
            }
        }
    }

    /**
     * The stored aggregates (classes annotated {@code @Document}) know nothing of HTTP or of how they are
     * searched: they refuse a change with {@code DomainRuleViolation}, which the web layer maps to a problem.
     */
    public static void verifyModelFreeOfWeb(String servicePackage) {
        modelFreeOfWeb().check(mainClasses(servicePackage));
    }

    /**
     * Controllers read and write through the feature's repository or components, never through MongoDB's templates
     * or driver, so a query lives once, beside the model it reads.
     */
    public static void verifyControllersFreeOfMongo(String servicePackage) {
        controllersFreeOfMongo().check(mainClasses(servicePackage));
    }

    /** Events leave a service only through the platform's outbox, saved with the change that raised them. */
    public static void verifyOneWayToPublish(String servicePackage) {
        oneWayToPublish().check(mainClasses(servicePackage));
    }

    /**
     * Events are consumed through the platform's inbox ({@code InboundEvents.handle}), which skips duplicates and
     * sends poison to the DLT. The one exception is a per-instance follower that assigns itself the partitions
     * ({@code topicPartitions}): it joins no group and only rebuilds what it can read again, such as a search index.
     */
    public static void verifyOneWayToConsume(String servicePackage) {
        for (ArchRule rule : oneWayToConsume()) {
            rule.check(mainClasses(servicePackage));
        }
    }

    /**
     * Controllers may refuse a request's shape with the platform's web exceptions; every other refusal is the
     * feature's, thrown as a domain exception and mapped to a problem in one place.
     */
    public static void verifyOnlyControllersRefuseWithWebExceptions(String servicePackage) {
        onlyControllersRefuseWithWebExceptions().check(mainClasses(servicePackage));
    }

    public static ArchRule onlyControllersRefuseWithWebExceptions() {
        return noClasses().that().areNotAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .should().dependOnClassesThat(DescribedPredicate.describe("the platform's web refusals",
                        type -> WEB_REFUSALS.contains(type.getName())))
                .because("the model and its services throw domain exceptions; ProblemResponses alone maps them")
                .allowEmptyShould(true);
    }

    static ArchRule modelFreeOfWeb() {
        return noClasses().that().areAnnotatedWith("org.springframework.data.mongodb.core.mapping.Document")
                .should().dependOnClassesThat().resideInAnyPackage("dev.switchboard.platform.web..",
                        "dev.switchboard.platform.search..", "org.springframework.web..", "org.springframework.http..")
                .because("the model is mapped to problems in one place, not made of them")
                .allowEmptyShould(true);
    }

    static ArchRule controllersFreeOfMongo() {
        return noClasses().that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .or().areAnnotatedWith("org.springframework.stereotype.Controller")
                .should().dependOnClassesThat(MONGO_ACCESS)
                .because("a controller maps HTTP to the feature; the feature's repository or components do the queries")
                .allowEmptyShould(true);
    }

    static ArchRule oneWayToPublish() {
        return noClasses().should().dependOnClassesThat(KAFKA_PUBLISHING)
                .because("an event is published by saving it in the aggregate's outbox, so it is never lost nor sent"
                        + " for a change that was not saved")
                .allowEmptyShould(true);
    }

    static List<ArchRule> oneWayToConsume() {
        return List.of(
                methods().that().areAnnotatedWith(KAFKA_LISTENER).should(goThroughTheInboxOrFollowTheirOwnPartitions())
                        .because("the inbox skips events already handled and parks poison in the DLT")
                        .allowEmptyShould(true),
                noClasses().should().beAnnotatedWith(KAFKA_LISTENER)
                        .because("a listener is a method, so the rule on listener methods sees it")
                        .allowEmptyShould(true));
    }

    private static ArchCondition<JavaMethod> goThroughTheInboxOrFollowTheirOwnPartitions() {
        return new ArchCondition<>("hand each record to InboundEvents.handle, or assign themselves their partitions") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean throughInbox = method.getMethodCallsFromSelf().stream().anyMatch(call ->
                        call.getTargetOwner().getName().equals(INBOUND_EVENTS) && call.getName().equals("handle"));
                boolean ownPartitions = method.getAnnotationOfType(KAFKA_LISTENER).get("topicPartitions")
                        .map(value -> value instanceof Object[] partitions && partitions.length > 0).orElse(false);
                events.add(new SimpleConditionEvent(method, throughInbox || ownPartitions,
                        method.getFullName() + " consumes records " + (throughInbox || ownPartitions
                                ? "through the inbox or from its own partitions"
                                : "neither through InboundEvents.handle nor from partitions it assigns itself")));
            }
        };
    }

    private static JavaClasses mainClasses(String servicePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
    }
}
