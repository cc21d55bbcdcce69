package dev.atlanspring.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client stays usable without Spring Boot: nothing under {@code dev.atlanspring.client} may depend on Spring
 * Boot or on the auto-configuration.
 */
class ArchitectureTests {

    private static final JavaClasses CLIENT = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.atlanspring.client");

    @Test
    void clientDoesNotDependOnSpringBoot() {
        noClasses().that()
            .resideInAPackage("dev.atlanspring.client..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.boot..")
            .check(CLIENT);
    }

    @Test
    void clientDoesNotDependOnTheAutoConfigurationOrTheEmbeddedServer() {
        noClasses().that()
            .resideInAPackage("dev.atlanspring.client..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.atlanspring.autoconfigure..", "dev.atlanspring.embedded..")
            .check(CLIENT);
    }

    /** Also at the source level, so that even an unused import (invisible in byte code) is caught. */
    @Test
    void noClientSourceImportsSpringBoot() throws IOException {
        Path sources = Path.of("src/main/java/dev/atlanspring/client");
        assertThat(sources).isDirectory();
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter((file) -> file.toString().endsWith(".java"))
                .filter((file) -> read(file).contains("import org.springframework.boot")
                        || read(file).contains("import static org.springframework.boot"))
                .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
