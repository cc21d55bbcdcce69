package dev.atlanspring.autoconfigure;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the Atlan secrets in {@code /actuator/env} and {@code /actuator/configprops}, so that they stay hidden
 * even when an operator sets {@code show-values=ALWAYS}: the API key, the OAuth client secret and the password part
 * of a proxy URL, of the default tenant and of every named tenant, however the key is written (the property,
 * {@code ATLAN_API_KEY}, {@code ATLAN_TENANTS_EMEA_APIKEY}, {@code apiKey} in configprops), and the password part of
 * the {@code HTTPS_PROXY}-style variables the client reads. A {@code SPRING_APPLICATION_JSON} that configures Atlan is
 * masked whole, since it may hold any of them.
 */
final class AtlanSecretsSanitizingFunction implements SanitizingFunction {

    private static final Set<String> SECRET_ENDINGS = Set.of("apikey", "clientsecret", "proxypassword");

    private static final Set<String> PROXY_VARIABLES = Set.of("httpsproxy", "httpproxy", "allproxy");

    private static final String MASK = SanitizableData.SANITIZED_VALUE;

    @Override
    public SanitizableData apply(SanitizableData data) {
        if (data.getValue() == null) {
            return data;
        }
        String key = normalize(data.getKey());
        if (key.startsWith("atlan") && SECRET_ENDINGS.stream().anyMatch(key::endsWith)) {
            return data.withSanitizedValue();
        }
        if ((key.startsWith("atlan") && key.endsWith("proxyurl")) || PROXY_VARIABLES.contains(key)) {
            return data.withValue(maskPassword(data.getValue().toString()));
        }
        if (key.equals("springapplicationjson") && data.getValue().toString().toLowerCase(Locale.ROOT).contains("atlan")) {
            return data.withSanitizedValue();
        }
        return data;
    }

    /** One form for {@code atlan.tenants.us-east.api-key}, {@code ATLAN_TENANTS_USEAST_APIKEY} and {@code apiKey}. */
    private static String normalize(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * Keeps the scheme, user name, host and port, which an operator needs to see, and masks the password. As the
     * client does, the user info ends at the last '@', so an unencoded '@' in the password stays masked too.
     */
    static String maskPassword(String url) {
        int schemeEnd = url.indexOf("://");
        int start = (schemeEnd >= 0) ? schemeEnd + 3 : 0;
        int at = url.lastIndexOf('@');
        if (at < start) {
            return url;
        }
        String userInfo = url.substring(start, at);
        int colon = userInfo.indexOf(':');
        String user = (colon >= 0) ? userInfo.substring(0, colon) : userInfo;
        return url.substring(0, start) + user + ":" + MASK + url.substring(at);
    }

}
