package dev.atlanspring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a wrong {@code atlan.*} setting into a short start-up report that names the property, the environment
 * variable and the fix, instead of a stack trace.
 */
public class AtlanConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<AtlanConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AtlanConfigurationException cause) {
        String description = "The Atlan client is not configured correctly: " + cause.getProblem() + "\n\n"
                + "    Property: " + cause.getProperty() + "\n"
                + "    Environment variable: " + cause.getEnvironmentVariable();
        String fix = cause.getFix();
        String where = cause.getEnvironmentVariable().startsWith(AtlanConfigurationException.NO_VARIABLE)
                ? "in application.yaml or in SPRING_APPLICATION_JSON, since no environment variable can set it"
                : "or the environment variable " + cause.getEnvironmentVariable();
        String action = "Fix " + cause.getProperty() + " (" + where + "): " + Character.toLowerCase(fix.charAt(0))
                + fix.substring(1);
        return new FailureAnalysis(description, action, cause);
    }

}
