package dev.atlanspring.client.proxy;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import dev.atlanspring.client.ClientSetting;
import org.jspecify.annotations.Nullable;

/**
 * Reads the proxy environment variables with the meaning curl and Python's requests give them, since Reactor Netty
 * reads none of them: {@code https_proxy} for an https URL and {@code http_proxy} for an http one, then
 * {@code all_proxy} as the fallback, and {@code no_proxy} for the hosts that bypass the proxy. Each may be upper
 * case; the lower-case one wins, as in curl. An empty variable counts as unset.
 * <p>
 * The environment is a function from a variable's name to its value, so that tests pass a map instead of changing
 * the JVM's; {@link #system()} reads the process environment.
 */
public final class ProxyEnvironment {

    private final Function<String, @Nullable String> variables;

    private ProxyEnvironment(Function<String, @Nullable String> variables) {
        this.variables = Objects.requireNonNull(variables, "variables");
    }

    /**
     * Reads the process environment.
     * @return the environment
     */
    public static ProxyEnvironment system() {
        return new ProxyEnvironment(System::getenv);
    }

    /**
     * Reads the given variables.
     * @param variables a variable's value by its name, {@code null} when unset (such as {@code Map::get})
     * @return the environment
     */
    public static ProxyEnvironment of(Function<String, @Nullable String> variables) {
        return new ProxyEnvironment(variables);
    }

    /**
     * Returns the proxy the environment sets for a URL, without regard to {@code no_proxy}.
     * @param url the URL to reach
     * @return the proxy, or {@code null} when no variable sets one
     * @throws dev.atlanspring.client.InvalidSettingException naming {@link ClientSetting#PROXY_USE_ENVIRONMENT}
     * and the variable when its value is not a proxy URL; the message never holds the password
     */
    public @Nullable ProxySettings proxyFor(URI url) {
        String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "https";
        List<String> names = "http".equals(scheme) ? List.of("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY")
                : List.of("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY");
        for (String name : names) {
            String value = this.variables.apply(name);
            if (value != null && !value.isBlank()) {
                String origin = "the environment variable " + name;
                return ProxySettings.parse(value, origin, new ProxySettings.Blame(ClientSetting.PROXY_USE_ENVIRONMENT,
                        "The proxy URL in the environment variable " + name,
                        "Correct " + name + ", set a proxy explicitly (atlan.proxy.url) to override it, or ignore the"
                                + " environment (atlan.proxy.use-environment=false). " + ProxySettings.EXAMPLE));
            }
        }
        return null;
    }

    /**
     * Returns the hosts that {@code no_proxy} (or {@code NO_PROXY}) says to reach directly.
     * @return the hosts, {@link NonProxyHosts#NONE} when neither is set
     */
    public NonProxyHosts nonProxyHosts() {
        for (String name : List.of("no_proxy", "NO_PROXY")) {
            String value = this.variables.apply(name);
            if (value != null && !value.isBlank()) {
                return NonProxyHosts.parse(value);
            }
        }
        return NonProxyHosts.NONE;
    }

    @Override
    public String toString() {
        return "ProxyEnvironment";
    }

}
