package dev.atlanspring.autoconfigure;

import java.util.Locale;

import dev.atlanspring.client.ClientSetting;
import dev.atlanspring.client.InvalidSettingException;

/**
 * A wrong {@code atlan.*} setting found at start-up. It names the property and its environment variable, so that
 * {@link AtlanConfigurationFailureAnalyzer} can tell the user exactly what to change. It never holds a secret.
 */
public class AtlanConfigurationException extends RuntimeException {

    /** Starts the "environment variable" of a property that no environment variable can set, and says why. */
    static final String NO_VARIABLE = "none:";

    private final String property;

    private final String environmentVariable;

    private final String problem;

    private final String fix;

    /**
     * Creates the exception.
     * @param property the property, such as {@code atlan.base-url}
     * @param environmentVariable the environment variable that sets it, such as {@code ATLAN_BASE_URL}
     * @param problem what is wrong
     * @param fix what to do about it
     * @param cause the underlying exception, or {@code null}
     */
    public AtlanConfigurationException(String property, String environmentVariable, String problem, String fix,
            Throwable cause) {
        super(problem + " (" + property + ", " + environmentVariable + ") " + fix, cause);
        this.property = property;
        this.environmentVariable = environmentVariable;
        this.problem = problem;
        this.fix = fix;
    }

    /**
     * Translates a client's setting error into the property that set it.
     * @param ex the client's error
     * @param prefix the property prefix of the tenant, such as {@code atlan}
     * @return the exception
     */
    static AtlanConfigurationException of(InvalidSettingException ex, String prefix) {
        String property = prefix + "." + ex.getSetting().propertyName();
        String fix = ex.getFix();
        if (ex.getSetting() == ClientSetting.BASE_URL && ex.getProblem().startsWith("No base URL")) {
            fix = fix + " To try the starter without a tenant, set " + prefix + ".embedded.enabled=true to start the"
                    + " embedded demo Atlan.";
        }
        return new AtlanConfigurationException(property, environmentVariable(property), ex.getProblem(), fix, ex);
    }

    /**
     * Spring Boot's relaxed binding maps {@code ATLAN_BASE_URL} to {@code atlan.base-url}. Below a map such as
     * {@code atlan.tenants}, an underscore always separates levels, so a dash is dropped instead:
     * {@code ATLAN_TENANTS_EMEA_BASEURL}.
     */
    static String environmentVariable(String property) {
        String upper = property.toUpperCase(Locale.ROOT);
        if (property.startsWith(AtlanTenants.TENANTS + ".")) {
            String variable = upper.replace('.', '_').replace("-", "");
            String rest = property.substring(AtlanTenants.TENANTS.length() + 1);
            String tenant = (rest.indexOf('.') >= 0) ? rest.substring(0, rest.indexOf('.')) : rest;
            if (tenant.contains("-")) {
                // Boot binds ATLAN_TENANTS_USEAST_... to the tenant "useast": no variable reaches "us-east".
                return NO_VARIABLE + " a tenant name with a dash cannot be set from environment variables ("
                        + variable + " would configure a tenant named '" + tenant.replace("-", "")
                        + "'); set it in application.yaml or in SPRING_APPLICATION_JSON";
            }
            return variable;
        }
        return upper.replace('.', '_').replace('-', '_');
    }

    /**
     * Returns the property that is wrong.
     * @return the property, such as {@code atlan.base-url}
     */
    public String getProperty() {
        return this.property;
    }

    /**
     * Returns the environment variable that sets the property.
     * @return the variable, such as {@code ATLAN_BASE_URL}
     */
    public String getEnvironmentVariable() {
        return this.environmentVariable;
    }

    /**
     * Returns what is wrong.
     * @return the problem
     */
    public String getProblem() {
        return this.problem;
    }

    /**
     * Returns what to do about it.
     * @return the fix
     */
    public String getFix() {
        return this.fix;
    }

}
