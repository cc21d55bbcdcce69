package dev.atlanspring.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.util.unit.DataSize;

/**
 * The rules a client's settings must follow, in one place so that the builder and any configuration layer
 * report the same problem with the same words.
 */
final class SettingsValidator {

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
        URI uri;
        try {
            uri = new URI(value.trim());
        }
        catch (URISyntaxException ex) {
            throw new InvalidSettingException(ClientSetting.BASE_URL,
                    "The base URL '" + printable(value) + "' is not a valid URL (" + ex.getReason() + ").",
                    "Set it to an absolute URL such as https://acme.atlan.com.");
        }
        if (uri.getRawUserInfo() != null) {
            // Never echo it: the user info may hold a password.
            throw new InvalidSettingException(ClientSetting.BASE_URL, "The base URL holds credentials (user info).",
                    "Remove them from the URL and set the API key on its own.");
        }
        String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : null;
        if (!uri.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
            throw new InvalidSettingException(ClientSetting.BASE_URL,
                    "The base URL '" + printable(value) + "' is not an absolute http or https URL.",
                    "Set it to an absolute URL such as https://acme.atlan.com.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidSettingException(ClientSetting.BASE_URL,
                    "The base URL '" + printable(value) + "' has a query or fragment.",
                    "Use only the scheme, host, port and path, such as https://acme.atlan.com.");
        }
        if ("http".equals(scheme) && !allowInsecureHttp && !isLoopback(uri.getHost())) {
            throw new InvalidSettingException(ClientSetting.BASE_URL,
                    "The base URL '" + printable(value) + "' uses plain http to a host that is not loopback,"
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
                    "Set it to an Atlan API token (Admin center > API tokens).");
        }
        if (apiKey.isBlank()) {
            throw new InvalidSettingException(ClientSetting.API_KEY, "The API key is blank.",
                    "Set it to an Atlan API token (Admin center > API tokens).");
        }
        return apiKey;
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

    private static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("[::1]")
                || h.equals("::1");
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
