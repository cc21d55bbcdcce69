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
        String action = "Fix " + cause.getProperty() + " (or the environment variable " + cause.getEnvironmentVariable()
                + "): " + Character.toLowerCase(fix.charAt(0)) + fix.substring(1);
        return new FailureAnalysis(description, action, cause);
    }

}
