package dev.atlanspring.autoconfigure;

import org.springframework.util.ClassUtils;

/**
 * {@link AtlanConnectionDetails} of a running embedded demo Atlan: its loopback URL, the key it accepts, and whether
 * it enforces Atlan's rate limits (when it does not, the client has nothing to pace itself for). It holds only those
 * values, so that the glue that uses it loads without the {@code atlan-embedded} artifact.
 */
record EmbeddedAtlanConnectionDetails(String baseUrl, String apiKey, boolean rateLimited)
        implements AtlanConnectionDetails {

    /** The class whose presence means that {@code atlan-embedded} is on the class path. */
    static final String EMBEDDED_ATLAN_CLASS = "dev.atlanspring.embedded.EmbeddedAtlan";

    /**
     * Whether the embedded Atlan can be started: its artifact is on the class path.
     */
    static boolean isAvailable(ClassLoader classLoader) {
        return ClassUtils.isPresent(EMBEDDED_ATLAN_CLASS, classLoader);
    }

    /**
     * The error for {@code <prefix>.embedded.enabled=true} in an application without the artifact.
     */
    static AtlanConfigurationException missing(String prefix) {
        String property = prefix + ".embedded.enabled";
        return new AtlanConfigurationException(property, AtlanConfigurationException.environmentVariable(property),
                "The embedded demo Atlan is enabled, but dev.atlanspring:atlan-embedded is not on the class path.",
                "Add the dependency dev.atlanspring:atlan-embedded (or atlan-spring-boot-test, with test scope, in"
                        + " tests), or set " + prefix + ".base-url and " + prefix + ".api-key to a real tenant.",
                null);
    }

    @Override
    public String getBaseUrl() {
        return this.baseUrl;
    }

    @Override
    public String getApiKey() {
        return this.apiKey;
    }

    /** Shows where, never the key. */
    @Override
    public String toString() {
        return "EmbeddedAtlanConnectionDetails[baseUrl=" + this.baseUrl + "]";
    }

}
