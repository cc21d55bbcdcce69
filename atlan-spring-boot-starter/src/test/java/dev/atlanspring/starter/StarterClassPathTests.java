package dev.atlanspring.starter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What an application gets from the starter at run time: the client and its auto-configuration, and no class of the
 * embedded demo Atlan, which only an application (or its tests) that asks for {@code atlan-embedded} ships. This
 * module's test class path is the starter's runtime class path plus JUnit and AssertJ.
 */
class StarterClassPathTests {

    private static final String EMBEDDED_PACKAGE = "dev/atlanspring/embedded/";

    @Test
    void runtimeClassPathHoldsTheClientAndItsAutoConfiguration() throws ClassNotFoundException {
        assertThat(Class.forName("dev.atlanspring.client.AtlanClient")).isNotNull();
        assertThat(Class.forName("dev.atlanspring.autoconfigure.AtlanAutoConfiguration")).isNotNull();
        assertThat(Class.forName("org.springframework.web.reactive.function.client.WebClient")).isNotNull();
    }

    @Test
    void noEmbeddedAtlanClassCanBeLoaded() {
        assertThatExceptionOfType(ClassNotFoundException.class)
            .isThrownBy(() -> Class.forName("dev.atlanspring.embedded.EmbeddedAtlan"));
    }

    @Test
    void noClassPathEntryHoldsTheEmbeddedAtlansPackage() {
        List<String> entries = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        assertThat(entries).as("the starter's runtime class path").isNotEmpty();
        assertThat(entries).filteredOn(StarterClassPathTests::holdsEmbeddedClasses).isEmpty();
    }

    private static boolean holdsEmbeddedClasses(String entry) {
        Path path = Path.of(entry);
        if (Files.isDirectory(path)) {
            return Files.isDirectory(path.resolve(EMBEDDED_PACKAGE));
        }
        if (!entry.endsWith(".jar") || !Files.isRegularFile(path)) {
            return false;
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.stream().anyMatch((each) -> each.getName().startsWith(EMBEDDED_PACKAGE));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
