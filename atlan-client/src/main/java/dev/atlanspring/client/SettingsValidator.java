package dev.atlanspring.client;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.atlanspring.client.proxy.NonProxyHosts;
import dev.atlanspring.client.proxy.ProxyEnvironment;
import dev.atlanspring.client.proxy.ProxySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * The rules a client's settings must follow, in one place so that the builder and any configuration layer
 * report the same problem with the same words.
 */
final class SettingsValidator {

    private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-f:.]*:[0-9a-f:.]*");

    private static final Pattern TENANT_NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");

    private SettingsValidator() {
    }

    static String tenant(String tenant) {
        if (tenant == null || !TENANT_NAME.matcher(tenant).matches()) {
            throw new InvalidSettingException(ClientSetting.TENANT,
                    "The tenant name '" + tenant + "' is not valid.",
                    "Use letters, digits and dashes only, starting and ending with a letter or digit.");
        }
        return tenant;
    }

    static URI baseUrl(String value, boolean allowInsecureHttp) {
        if (value == null || value.isBlank()) {
            throw new InvalidSettingException(ClientSetting.BASE_URL, "No base URL is set.",
                    "Set it to your tenant's URL, such as https://acme.atlan.com.");
        }
        String trimmed = value.trim();
        // Checked on the raw text, before parsing: a password holding '@' or a space, or a key in the query, must
        // neither confuse the parser nor reach a message, which shows only the URL's safe parts.
        if (hasUserInfo(trimmed)) {
            throw new InvalidSettingException(ClientSetting.BASE_URL, "The base URL '" + safeForm(trimmed)
                    + "' holds credentials (user info) before its host; they are not shown.",
                    "Remove them from the URL and set the API key on its own.");
        }
        if (trimmed.indexOf('?') >= 0 || trimmed.indexOf('#') >= 0) {
            throw new InvalidSettingException(ClientSetting.BASE_URL, "The base URL '" + safeForm(trimmed)
                    + "' has a query or fragment; it is not shown, since it may hold a key.",
                    "Use only the scheme, host, port and path, such as https://acme.atlan.com, and set the API key on"
                            + " its own.");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        }
        catch (URISyntaxException ex) {
            throw new InvalidSettingException(ClientSetting.BASE_URL,
                    "The base URL '" + safeForm(trimmed) + "' is not a valid URL (" + ex.getReason() + ").",
                    "Set it to an absolute URL such as https://acme.atlan.com.");
        }
        String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
        if (!uri.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
            throw new InvalidSettingException(ClientSetting.BASE_URL,
                    "The base URL '" + safeForm(trimmed) + "' is not an absolute http or https URL.",
                    "Set it to an absolute URL such as https://acme.atlan.com.");
        }
        if ("http".equals(scheme) && !allowInsecureHttp && !isLoopback(uri.getHost())) {
            throw new InvalidSettingException(ClientSetting.BASE_URL,
                    "The base URL '" + safeForm(trimmed) + "' uses plain http to a host that is not loopback,"
                            + " so the API key would travel in clear text.",
                    "Use https, or allow plain http explicitly (atlan.allow-insecure-http=true) on a network you trust.");
        }
        String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    static Secret apiKey(Secret apiKey) {
        if (apiKey == null) {
            throw new InvalidSettingException(ClientSetting.API_KEY, "No API key is set.",
                    "Set it to an Atlan API token (Admin center > API tokens), or set OAuth client credentials"
                            + " (atlan.oauth.client-id and atlan.oauth.client-secret) instead.");
        }
        if (apiKey.isBlank()) {
            throw new InvalidSettingException(ClientSetting.API_KEY, "The API key is blank.",
                    "Set it to an Atlan API token (Admin center > API tokens).");
        }
        return apiKey;
    }

    /**
     * Checks that exactly one way of authenticating is set: an API key, or OAuth client credentials.
     * @return the OAuth credentials, or {@code null} when the (checked) API key is to be used
     */
    static @Nullable OAuthClientCredentials oauth(@Nullable Secret apiKey, @Nullable String clientId,
            @Nullable Secret clientSecret) {
        if (clientId == null && clientSecret == null) {
            apiKey(apiKey);
            return null;
        }
        if (apiKey != null) {
            throw new InvalidSettingException(ClientSetting.API_KEY,
                    "Both an API key and OAuth client credentials are set.",
                    "Choose one: remove the API key (atlan.api-key) or the OAuth client credentials"
                            + " (atlan.oauth.client-id and atlan.oauth.client-secret).");
        }
        if (clientId == null || clientId.isBlank()) {
            throw new InvalidSettingException(ClientSetting.OAUTH_CLIENT_ID,
                    "An OAuth client secret is set but the OAuth client id is " + ((clientId == null) ? "not" : "blank")
                            + ".",
                    "Set it to the id of the Atlan OAuth client whose secret is set.");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new InvalidSettingException(ClientSetting.OAUTH_CLIENT_SECRET,
                    "An OAuth client id is set but the OAuth client secret is "
                            + ((clientSecret == null) ? "not" : "blank") + ".",
                    "Set it to the secret shown when the OAuth client was created.");
        }
        return new OAuthClientCredentials(clientId.trim(), clientSecret);
    }

    /**
     * Decides the proxy: one set explicitly wins; without one, the environment's when it is to be used.
     */
    static @Nullable ProxySettings proxy(@Nullable ProxySettings proxy, @Nullable String proxyUrl, URI baseUrl,
            boolean useEnvironment, ProxyEnvironment environment) {
        if (proxy != null) {
            return proxy;
        }
        if (proxyUrl != null && !proxyUrl.isBlank()) {
            return ProxySettings.parse(proxyUrl);
        }
        return useEnvironment ? environment.proxyFor(baseUrl) : null;
    }

    /**
     * Decides the non-proxy hosts: those set explicitly win; without any, the environment's when it is to be used.
     */
    static NonProxyHosts nonProxyHosts(List<String> nonProxyHosts, boolean useEnvironment,
            ProxyEnvironment environment) {
        NonProxyHosts explicit = NonProxyHosts.of(nonProxyHosts);
        if (!explicit.isEmpty() || !useEnvironment) {
            return explicit;
        }
        return environment.nonProxyHosts();
    }

    static Duration positive(ClientSetting setting, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new InvalidSettingException(setting,
                    "The " + describe(setting) + " must be a positive duration but is " + value + ".",
                    "Set it to a positive duration such as 30s.");
        }
        return value;
    }

    static DataSize maxResponseSize(DataSize value) {
        if (value == null || value.toBytes() <= 0 || value.toBytes() > Integer.MAX_VALUE) {
            throw new InvalidSettingException(ClientSetting.MAX_RESPONSE_SIZE,
                    "The " + describe(ClientSetting.MAX_RESPONSE_SIZE) + " must be between 1B and 2GB but is "
                            + value + ".",
                    "Set it to a size such as 64MB.");
        }
        return value;
    }

    static int maxConnections(int value) {
        if (value < 1) {
            throw new InvalidSettingException(ClientSetting.MAX_CONNECTIONS,
                    "The " + describe(ClientSetting.MAX_CONNECTIONS) + " must be at least 1 but is " + value + ".",
                    "Set it to a number such as " + AtlanClientSettings.DEFAULT_MAX_CONNECTIONS + ".");
        }
        return value;
    }

    static int searchPageSize(int value) {
        if (value < 1 || value > AtlanClientSettings.MAX_SEARCH_PAGE_SIZE) {
            throw new InvalidSettingException(ClientSetting.SEARCH_PAGE_SIZE,
                    "The " + describe(ClientSetting.SEARCH_PAGE_SIZE) + " must be between 1 and "
                            + AtlanClientSettings.MAX_SEARCH_PAGE_SIZE + " but is " + value + ".",
                    "Set it to a number such as " + AtlanClientSettings.DEFAULT_SEARCH_PAGE_SIZE + ".");
        }
        return value;
    }

    /**
     * Only what cannot leave the machine: {@code localhost}, an IPv4 literal in 127.0.0.0/8, or the IPv6 literal
     * ::1. A name such as {@code 127.attacker.example} is an ordinary host, resolved by DNS.
     */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        Matcher ipv4 = LOOPBACK_IPV4.matcher(h);
        if (ipv4.matches()) {
            for (int group = 1; group <= 3; group++) {
                if (Integer.parseInt(ipv4.group(group)) > 255) {
                    return false;
                }
            }
            return true;
        }
        String literal = (h.startsWith("[") && h.endsWith("]")) ? h.substring(1, h.length() - 1) : h;
        if (!IPV6_LITERAL.matcher(literal).matches()) {
            return false;
        }
        try {
            // A literal with a colon is parsed, never looked up.
            return InetAddress.getByName(literal).isLoopbackAddress();
        }
        catch (UnknownHostException ex) {
            return false;
        }
    }

    /** Whether the authority (between "//" and the path, query or fragment) holds an '@'. */
    private static boolean hasUserInfo(String url) {
        int start = url.indexOf("//");
        String authority = (start >= 0) ? url.substring(start + 2) : url;
        int end = indexOfAny(authority, "/?#");
        return ((end >= 0) ? authority.substring(0, end) : authority).indexOf('@') >= 0;
    }

    /**
     * The URL as written without what may be secret: no user info (everything up to the last '@' of the
     * authority), no query and no fragment, on one line.
     */
    static String safeForm(String url) {
        int cut = indexOfAny(url, "?#");
        String rest = (cut >= 0) ? url.substring(0, cut) : url;
        int start = rest.indexOf("//");
        String scheme = (start >= 0) ? rest.substring(0, start + 2) : "";
        String afterScheme = (start >= 0) ? rest.substring(start + 2) : rest;
        int pathStart = afterScheme.indexOf('/');
        String authority = (pathStart >= 0) ? afterScheme.substring(0, pathStart) : afterScheme;
        String path = (pathStart >= 0) ? afterScheme.substring(pathStart) : "";
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = "..." + authority.substring(at);
        }
        return printable(scheme + authority + path);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String describe(ClientSetting setting) {
        return setting.description();
    }

    /** Keeps a bad value readable in a one-line message. */
    private static String printable(String value) {
        String oneLine = value.replaceAll("\\s+", " ").trim();
        return (oneLine.length() > 200) ? oneLine.substring(0, 200) + "..." : oneLine;
    }

}
