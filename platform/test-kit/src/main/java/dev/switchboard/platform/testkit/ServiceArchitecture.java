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
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
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
}
