package dev.atlanspring.client.proxy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.atlanspring.client.ClientSetting;
import dev.atlanspring.client.InvalidSettingException;
import dev.atlanspring.client.Secret;
import org.jspecify.annotations.Nullable;

/**
 * The proxy a client's requests go through: an HTTP proxy (plain forwarding or {@code CONNECT}) or a SOCKS5 proxy,
 * with optional credentials. Parse one from a URL with {@link #parse(String)}; {@link #toString()} and
 * {@link #url()} mask the password.
 *
 * @param type the kind of proxy
 * @param host the proxy's host name or IP address (an IPv6 address without brackets)
 * @param port the proxy's port
 * @param username the user name the proxy asks for, or {@code null} for none
 * @param password the password, or {@code null} when there is no user name
 * @param origin where the proxy was configured, for messages: {@value #SETTING_ORIGIN} or an environment variable
 */
public record ProxySettings(Type type, String host, int port, @Nullable String username, @Nullable Secret password,
        String origin) {

    /** The origin of a proxy set on the client (in Spring Boot, {@code atlan.proxy.url}). */
    public static final String SETTING_ORIGIN = "atlan.proxy.url";

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_])?\\.?");

    static final String EXAMPLE = "Use http://host:port or socks5://host:port, with user:password@ before the"
            + " host if the proxy asks for credentials (percent-encode special characters).";

    /**
     * Checks the parts.
     */
    public ProxySettings {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(origin, "origin");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
        }
        if (password != null && username == null) {
            throw new IllegalArgumentException("a proxy password needs a user name");
        }
    }

    /**
     * Parses a proxy URL such as {@code http://proxy.corp:3128}, {@code socks5://jdoe:s3cret@proxy.corp:1080} or
     * {@code proxy.corp:3128} (taken as http). The user name and password are percent-decoded. Without a port,
     * http uses 80 and socks5 1080. Host names are resolved by the proxy, so {@code socks5h://} means the same as
     * {@code socks5://}.
     * @param url the URL
     * @return the proxy
     * @throws InvalidSettingException naming {@link ClientSetting#PROXY_URL} when the URL is not a proxy URL; its
     * message never holds the password
     */
    public static ProxySettings parse(String url) {
        return parse(url, SETTING_ORIGIN, new Blame(ClientSetting.PROXY_URL, "The proxy URL", EXAMPLE));
    }

    /**
     * Parses a proxy URL.
     * @param url the URL
     * @param origin where it was configured
     * @param blame what an error names
     */
    static ProxySettings parse(@Nullable String url, String origin, Blame blame) {
        if (url == null || url.isBlank()) {
            throw invalid(blame, "is blank");
        }
        String value = url.trim();
        int schemeEnd = value.indexOf("://");
        String scheme = (schemeEnd >= 0) ? value.substring(0, schemeEnd).toLowerCase(Locale.ROOT) : "http";
        String rest = (schemeEnd >= 0) ? value.substring(schemeEnd + 3) : value;
        Type type = switch (scheme) {
            case "http" -> Type.HTTP;
            case "socks5", "socks5h" -> Type.SOCKS5;
            case "https" -> throw invalid(blame,
                    "uses https://, a TLS connection to the proxy itself, which is not supported; requests to an"
                            + " https Atlan tenant are still encrypted end to end through an http:// proxy");
            default -> throw invalid(blame,
                    (scheme.matches("[a-z0-9+.-]{1,12}") ? "has the scheme '" + scheme + "', which" : "has a scheme that")
                            + " is not http, socks5 or socks5h");
        };
        String userInfo = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
        }
        int authorityEnd = firstOf(rest, "/?#");
        String authority = rest.substring(0, authorityEnd);
        String tail = rest.substring(authorityEnd);
        if (!tail.isEmpty() && !tail.equals("/")) {
            throw invalid(blame, "has a path, query or fragment after the host");
        }
        String host;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw invalid(blame, "has an IPv6 address without its closing ']'");
            }
            host = authority.substring(1, close);
            String afterHost = authority.substring(close + 1);
            if (!afterHost.isEmpty()) {
                if (!afterHost.startsWith(":")) {
                    throw invalid(blame, "has characters after the IPv6 address");
                }
                portText = afterHost.substring(1);
            }
            if (host.isEmpty() || !host.matches("[0-9A-Fa-f:.%a-zA-Z]+") || !host.contains(":")) {
                throw invalid(blame, "has an invalid IPv6 address");
            }
        }
        else {
            int colon = authority.indexOf(':');
            host = (colon >= 0) ? authority.substring(0, colon) : authority;
            portText = (colon >= 0) ? authority.substring(colon + 1) : null;
            if (host.isEmpty()) {
                throw invalid(blame, "has no host");
            }
            if (!HOST_NAME.matcher(host).matches()) {
                throw invalid(blame, "has an invalid host");
            }
        }
        int port = (type == Type.HTTP) ? 80 : 1080;
        if (portText != null) {
            if (!portText.matches("[0-9]{1,5}") || Integer.parseInt(portText) < 1
                    || Integer.parseInt(portText) > 65535) {
                throw invalid(blame, "has an invalid port (a number from 1 to 65535)");
            }
            port = Integer.parseInt(portText);
        }
        String username = null;
        Secret password = null;
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            username = decode((colon >= 0) ? userInfo.substring(0, colon) : userInfo, blame);
            if (colon >= 0) {
                password = Secret.of(decode(userInfo.substring(colon + 1), blame));
            }
            if (username.isEmpty()) {
                throw invalid(blame, "has credentials without a user name");
            }
            if (type == Type.SOCKS5 && !(sendableBySocks5(username)
                    && (password == null || sendableBySocks5(password.reveal())))) {
                throw invalid(blame, "has a user name or password that SOCKS5 cannot send (only ASCII characters, at"
                        + " most 255 of them)");
            }
        }
        return new ProxySettings(type, host, port, username, password, origin);
    }

    /**
     * Returns the URL with the password masked, safe to log or show.
     * @return such as {@code http://jdoe:******@proxy.corp:3128}
     */
    public String url() {
        String scheme = (this.type == Type.HTTP) ? "http" : "socks5";
        String credentials = "";
        if (this.username != null) {
            credentials = this.username + ((this.password != null) ? ":" + this.password : "") + "@";
        }
        String hostPart = this.host.contains(":") ? "[" + this.host + "]" : this.host;
        return scheme + "://" + credentials + hostPart + ":" + this.port;
    }

    /**
     * Returns the proxy with the password masked and where it was configured.
     * @return such as {@code ProxySettings[http://jdoe:******@proxy.corp:3128 from atlan.proxy.url]}
     */
    @Override
    public String toString() {
        return "ProxySettings[" + url() + " from " + this.origin + "]";
    }

    /** The message names what is wrong but never echoes the URL: a mistyped one may hold the password anywhere. */
    private static InvalidSettingException invalid(Blame blame, String what) {
        return new InvalidSettingException(blame.setting(), blame.subject() + " " + what + ".", blame.fix());
    }

    /** RFC 1929 sends each as a length byte and bytes; Netty writes them as ASCII. */
    private static boolean sendableBySocks5(String text) {
        return text.length() <= 255 && text.chars().allMatch((c) -> c < 128);
    }

    private static int firstOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** Percent-decoding as in a URL's user info: unlike a form, a '+' stays a '+'. */
    private static String decode(String text, Blame blame) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int value = (i + 2 < text.length()) ? hex(text.charAt(i + 1), text.charAt(i + 2)) : -1;
                if (value < 0) {
                    // Never echo the user info: it may hold the password.
                    throw invalid(blame, "has credentials that are not correctly percent-encoded");
                }
                bytes.write(value);
                i += 2;
            }
            else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray()))
                .toString();
        }
        catch (CharacterCodingException ex) {
            throw invalid(blame, "has credentials that are not UTF-8 once percent-decoded");
        }
    }

    private static int hex(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return (h < 0 || l < 0) ? -1 : (h << 4) + l;
    }

    /**
     * What a proxy URL error names.
     * @param setting the setting to blame
     * @param subject the start of the problem, such as {@code The proxy URL}
     * @param fix what to do
     */
    record Blame(ClientSetting setting, String subject, String fix) {
    }

    /** The kinds of proxy the client speaks. */
    public enum Type {

        /** An HTTP proxy: {@code CONNECT} tunnels, with Basic credentials when given. */
        HTTP,

        /** A SOCKS5 proxy, with user name and password authentication (RFC 1929) when given. */
        SOCKS5

    }

}
