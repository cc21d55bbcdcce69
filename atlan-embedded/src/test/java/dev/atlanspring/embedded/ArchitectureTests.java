package dev.atlanspring.embedded;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The embedded Atlan stays an independent second implementation of Atlan's wire format: it knows neither the
 * client (whose mistakes it would then share) nor Spring, only Reactor Netty and Jackson.
 */
class ArchitectureTests {

    private static final JavaClasses EMBEDDED = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.atlanspring.embedded");

    @Test
    void embeddedAtlanDoesNotDependOnTheClientOrTheAutoConfiguration() {
        noClasses().should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.atlanspring.client..", "dev.atlanspring.autoconfigure..")
            .check(EMBEDDED);
    }

    @Test
    void embeddedAtlanDoesNotDependOnSpring() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..").check(EMBEDDED);
    }

}
