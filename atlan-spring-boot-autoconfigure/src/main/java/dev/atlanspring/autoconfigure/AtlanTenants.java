package dev.atlanspring.autoconfigure;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClientSettings;
import dev.atlanspring.client.InvalidSettingException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The tenants of the {@code atlan.*} configuration, read straight from the environment so that bean definitions
 * can be registered per tenant before any bean exists. A tenant's effective settings are the top level's with its
 * own bound over them, minus the top level's identity (base URL, API key, embedded Atlan).
 */
final class AtlanTenants {

    static final String PREFIX = "atlan";

    static final String TENANTS = PREFIX + ".tenants";

    private final Binder binder;

    private final Set<String> names;

    private @Nullable String defaultTenant;

    private final boolean topLevelConfigured;

    private AtlanTenants(Binder binder) {
        this.binder = binder;
        Map<String, Object> tenants = binder.bind(TENANTS, Bindable.mapOf(String.class, Object.class))
            .orElse(Map.of());
        this.names = new LinkedHashSet<>(tenants.keySet());
        this.defaultTenant = binder.bind(PREFIX + ".default-tenant", String.class)
            .map(String::trim)
            .orElse(null);
        if (!StringUtils.hasText(this.defaultTenant)) {
            this.defaultTenant = null;
        }
        boolean baseUrl = binder.bind(PREFIX + ".base-url", String.class).map(StringUtils::hasText).orElse(false);
        boolean embedded = binder.bind(PREFIX + ".embedded.enabled", Boolean.class).orElse(false);
        this.topLevelConfigured = baseUrl || embedded;
    }

    static AtlanTenants of(Environment environment) {
        return new AtlanTenants(Binder.get(environment));
    }

    /**
     * Returns the names of the {@code atlan.tenants} entries, in the order they are configured.
     */
    Set<String> names() {
        return this.names;
    }

    /**
     * Whether the top-level settings name a tenant of their own (a base URL, or the embedded demo Atlan), or there
     * is nothing else to configure, so that the default client {@code atlanClient} is registered.
     */
    boolean hasDefaultClient() {
        return this.topLevelConfigured || this.names.isEmpty();
    }

    /**
     * Returns the tenant whose client is primary instead of {@code atlanClient}, if any.
     */
    @Nullable String primaryTenant() {
        if (this.defaultTenant != null) {
            return this.defaultTenant;
        }
        return (!hasDefaultClient() && this.names.size() == 1) ? this.names.iterator().next() : null;
    }

    /**
     * Checks the tenant names and {@code atlan.default-tenant}.
     * @throws AtlanConfigurationException naming the tenant and the problem
     */
    void validate() {
        for (String name : this.names) {
            try {
                AtlanClient.builder().tenant(name);
            }
            catch (InvalidSettingException ex) {
                throw new AtlanConfigurationException(TENANTS + "." + name, "ATLAN_TENANTS_<NAME>_...",
                        "The tenant name '" + name + "' is not valid.", ex.getFix(), ex);
            }
            if (AtlanClientSettings.DEFAULT_TENANT.equals(name)) {
                throw new AtlanConfigurationException(TENANTS + "." + name, "ATLAN_TENANTS_<NAME>_...",
                        "The tenant name '" + name + "' is reserved for the top-level atlan.* settings.",
                        "Give the tenant another name, or move its settings to the top level.", null);
            }
        }
        if (this.defaultTenant == null) {
            return;
        }
        if (!this.names.contains(this.defaultTenant)) {
            String known = this.names.isEmpty() ? "none is configured" : "configured: " + String.join(", ", this.names);
            throw new AtlanConfigurationException(PREFIX + ".default-tenant",
                    AtlanConfigurationException.environmentVariable(PREFIX + ".default-tenant"),
                    "The default tenant '" + this.defaultTenant + "' is not among atlan.tenants (" + known + ").",
                    "Set it to the name of a tenant configured under atlan.tenants.", null);
        }
        if (this.topLevelConfigured) {
            throw new AtlanConfigurationException(PREFIX + ".default-tenant",
                    AtlanConfigurationException.environmentVariable(PREFIX + ".default-tenant"),
                    "Both atlan.default-tenant and a top-level tenant (atlan.base-url or atlan.embedded.enabled) are"
                            + " set, so two clients would be primary.",
                    "Choose one: remove atlan.default-tenant, or move the top-level tenant under atlan.tenants.",
                    null);
        }
    }

    /**
     * Returns a tenant's effective settings: the top level's, its own over them, its identity its own alone.
     */
    AtlanClientProperties settings(String name) {
        AtlanClientProperties settings = this.binder.bind(PREFIX, AtlanClientProperties.class)
            .orElseGet(AtlanClientProperties::new);
        settings.clearIdentity();
        this.binder.bind(prefix(name), Bindable.ofInstance(settings));
        return settings;
    }

    static String prefix(String name) {
        return TENANTS + "." + name;
    }

}
