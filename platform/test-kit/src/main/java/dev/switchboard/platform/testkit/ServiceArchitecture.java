package dev.switchboard.platform.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/** The rules every service keeps: features free of cycles, and no code of another service reached directly. */
public final class ServiceArchitecture {

    private static final List<String> SERVICES = List.of("account", "contact", "identity", "achievement", "audit", "gateway");

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
        noClasses().that().areAnnotatedWith("org.springframework.data.mongodb.core.mapping.Document")
                .should().dependOnClassesThat().resideInAnyPackage("dev.switchboard.platform.web..",
                        "dev.switchboard.platform.search..", "org.springframework.web..", "org.springframework.http..")
                .because("the model is mapped to problems in one place, not made of them")
                .check(mainClasses(servicePackage));
    }

    private static JavaClasses mainClasses(String servicePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
    }
}
