package dev.atlanspring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A Spring Boot application that uses the Atlan starter the way a user would: it injects the auto-configured
 * {@link dev.atlanspring.client.AtlanClient} and serves a small catalog API over it. Without
 * {@code ATLAN_BASE_URL} it runs against the embedded demo Atlan.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SampleApplication {

    /**
     * Starts the application.
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }

}
