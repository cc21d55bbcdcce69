package dev.atlanspring.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Atlan clients: the {@code atlan.*} properties. The top-level settings configure the default
 * tenant (bean {@code atlanClient}); the environment variables {@code ATLAN_BASE_URL} and {@code ATLAN_API_KEY} set
 * the two that matter most. Each entry of {@code atlan.tenants} configures one more tenant.
 */
@ConfigurationProperties("atlan")
public class AtlanProperties extends AtlanClientProperties {

    /**
     * More tenants by name (letters, digits and dashes), each an AtlanClient bean named "<name>AtlanClient" and
     * injectable with @Qualifier("<name>"). A tenant takes every setting of the top level; unset ones are inherited,
     * except base-url, api-key and embedded.
     */
    private final Map<String, AtlanClientProperties> tenants = new LinkedHashMap<>();

    /**
     * Name of the tenant whose client is the primary AtlanClient bean when no top-level base URL is set.
     */
    private String defaultTenant;

    /**
     * Returns the tenants as written in the configuration, before inheritance from the top level.
     * @return the tenants by name
     */
    public Map<String, AtlanClientProperties> getTenants() {
        return this.tenants;
    }

    public String getDefaultTenant() {
        return this.defaultTenant;
    }

    public void setDefaultTenant(String defaultTenant) {
        this.defaultTenant = defaultTenant;
    }

}
