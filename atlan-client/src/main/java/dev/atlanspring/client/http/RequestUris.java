package dev.atlanspring.client.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the URI of each request to one tenant without parsing a template per call. Each operation's template is
 * split once into encoded literal parts (the base URL's origin and path included) and variable names; a call
 * then appends the literals and its strictly encoded variable values and query parameters into one string and
 * makes the {@link URI} from it once. Thread-safe.
 * <p>
 * The result is, character for character, what Spring's {@code DefaultUriBuilderFactory} made from the base URL
 * and the template in {@code EncodingMode.TEMPLATE_AND_VALUES} with every query value given as a template
 * variable, which is how requests were built before:
 * <ul>
 * <li>the template (base URL included) has only its illegal characters encoded, per URI component: in the path
 * everything but unreserved characters, sub-delimiters, {@code :}, {@code @} and {@code /}; the base path and the
 * template are joined and every {@code //} in them is made {@code /};</li>
 * <li>a variable's value and a query value have every character but {@code A-Z a-z 0-9 - . _ ~} encoded as UTF-8
 * octets with upper-case hex, so {@code /}, {@code +}, {@code @}, {@code %}, {@code ?}, {@code #} arrive as
 * data;</li>
 * <li>a query parameter's name is encoded like a literal of the query, keeping {@code :}, {@code /}, {@code ?}
 * and sub-delimiters but not {@code =} or {@code &}; parameters follow in the order they were added, each value
 * as its own {@code name=value}.</li>
 * </ul>
 * Templates are paths with plain {@code {name}} variables: no query, fragment or regular expression.
 */
final class RequestUris {

    /**
     * The request attribute under which Spring's {@code WebClient} looks for the URI template, which its
     * {@code http.client.requests} observation reads for its {@code uri} key; {@code WebClient} sets it itself only
     * when given a template rather than a {@link URI}.
     */
    static final String URI_TEMPLATE_ATTRIBUTE = WebClient.class.getName() + ".uriTemplate";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Scheme, user info, host and port, as they start every URI. */
    private final String origin;

    /** The base URL's raw path, not yet encoded or joined. */
    private final String basePath;

    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    /**
     * Prepares the URIs of one tenant.
     * @param baseUrl the tenant's base URL: scheme, host, optional user info, port and path
     * @throws IllegalArgumentException if the base URL is not absolute, has a query or fragment, or an IPv6 zone id
     */
    RequestUris(URI baseUrl) {
        if (!baseUrl.isAbsolute() || baseUrl.isOpaque() || baseUrl.getRawAuthority() == null
                || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("The base URL " + baseUrl.getScheme() + "://" + baseUrl.getHost()
                    + "... must be absolute, with a host and without a query or fragment; build the settings with"
                    + " AtlanClientBuilder, which checks it.");
        }
        // Spring's parser writes the scheme in lower case, and nothing else.
        StringBuilder origin = new StringBuilder().append(baseUrl.getScheme().toLowerCase(Locale.ROOT)).append("://");
        String userInfo = baseUrl.getRawUserInfo();
        if (userInfo != null) {
            encode(userInfo, Component.USER_INFO, origin);
            origin.append('@');
        }
        String host = baseUrl.getHost();
        if (host == null) {
            throw new IllegalArgumentException("The base URL " + baseUrl.getScheme()
                    + "://... has no host that can be parsed; build the settings with AtlanClientBuilder, which checks"
                    + " it.");
        }
        if (host.indexOf('%') >= 0) {
            // Spring's parser refused these too ("Bad authority"), so no request ever went out with one.
            throw new IllegalArgumentException("The base URL's host " + host + " has an IPv6 zone id ('%...'),"
                    + " which a URL to Atlan cannot carry; use the address without it, or a host name.");
        }
        encode(host, host.startsWith("[") ? Component.HOST_IPV6 : Component.HOST, origin);
        if (baseUrl.getPort() != -1) {
            origin.append(':').append(baseUrl.getPort());
        }
        this.origin = origin.toString();
        this.basePath = (baseUrl.getRawPath() != null) ? baseUrl.getRawPath() : "";
    }

    /**
     * Checks that a template is one this class can build: a path with plain {@code {name}} variables.
     * @param uriTemplate the template, such as {@code /api/meta/entity/guid/{guid}}
     * @throws IllegalArgumentException naming what is wrong
     */
    static void check(String uriTemplate) {
        split(uriTemplate, new ArrayList<>(), new ArrayList<>());
    }

    /**
     * Builds the URI of a request.
     * @param request the request
     * @return its absolute URI
     * @throws IllegalArgumentException if the request lacks a value for one of its template's variables, or a
     * query parameter's name holds a brace
     */
    URI uri(AtlanRequest request) {
        Template template = template(request.operation().uriTemplate());
        StringBuilder uri = new StringBuilder(template.length + 64);
        uri.append(template.literals[0]);
        Map<String, Object> variables = request.uriVariables();
        for (int i = 0; i < template.names.length; i++) {
            Object value = variables.get(template.names[i]);
            if (value == null) {
                throw new IllegalArgumentException("No value for the URI variable '" + template.names[i] + "' of "
                        + request.operation() + "; set it with AtlanRequest.Builder.uriVariable.");
            }
            encode(value.toString(), Component.VALUE, uri);
            uri.append(template.literals[i + 1]);
        }
        char separator = '?';
        for (Map.Entry<String, List<String>> parameter : request.queryParameters().entrySet()) {
            List<String> values = parameter.getValue();
            if (values.isEmpty()) {
                continue;
            }
            String name = parameter.getKey();
            if (name.indexOf('{') >= 0 || name.indexOf('}') >= 0) {
                throw new IllegalArgumentException("The query parameter name '" + name + "' of "
                        + request.operation() + " holds a brace; Atlan's parameters have none.");
            }
            for (String value : values) {
                uri.append(separator);
                separator = '&';
                encode(name, Component.QUERY_PARAM, uri);
                uri.append('=');
                encode(value, Component.VALUE, uri);
            }
        }
        return URI.create(uri.toString());
    }

    /**
     * Returns the URI template of an operation as Spring's {@code WebClient} records it for observations: the
     * encoded base URL and path, with the variables left as {@code {name}}.
     * @param operation the operation
     * @return the absolute template
     */
    String template(Operation operation) {
        return template(operation.uriTemplate()).full;
    }

    private Template template(String uriTemplate) {
        Template template = this.templates.get(uriTemplate);
        return (template != null) ? template : this.templates.computeIfAbsent(uriTemplate, this::compile);
    }

    private Template compile(String uriTemplate) {
        String path = withoutDoubleSlashes(this.basePath + uriTemplate);
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        split(path, literals, names);
        String[] encoded = new String[literals.size()];
        StringBuilder full = new StringBuilder(this.origin);
        for (int i = 0; i < encoded.length; i++) {
            StringBuilder literal = new StringBuilder();
            if (i == 0) {
                literal.append(this.origin);
            }
            encode(literals.get(i), Component.PATH, literal);
            encoded[i] = literal.toString();
            full.append((i == 0) ? literal.substring(this.origin.length()) : literal);
            if (i < names.size()) {
                full.append('{').append(names.get(i)).append('}');
            }
        }
        return new Template(encoded, names.toArray(new String[0]), full.toString());
    }

    /** Splits a template into n + 1 literal parts around its n variables, which are plain {@code {name}}. */
    private static void split(String template, List<String> literals, List<String> names) {
        if (template.indexOf('?') >= 0 || template.indexOf('#') >= 0) {
            throw new IllegalArgumentException("The URI template " + template
                    + " has a query or fragment; give query parameters with AtlanRequest.Builder.query instead.");
        }
        int start = 0;
        int open = template.indexOf('{');
        while (open >= 0) {
            int close = template.indexOf('}', open);
            String name = (close > open) ? template.substring(open + 1, close) : "";
            if (name.isEmpty() || name.indexOf('{') >= 0 || name.indexOf(':') >= 0 || name.indexOf('/') >= 0) {
                throw new IllegalArgumentException("The URI template " + template
                        + " has a variable that is not a plain {name}: give each variable a name without '/', ':' or"
                        + " braces, and no regular expression.");
            }
            literals.add(template.substring(start, open));
            names.add(name);
            start = close + 1;
            open = template.indexOf('{', start);
        }
        String rest = template.substring(start);
        if (rest.indexOf('}') >= 0) {
            throw new IllegalArgumentException("The URI template " + template + " has a '}' that closes no variable.");
        }
        literals.add(rest);
    }

    /** What Spring does to a path built from parts: every {@code //} becomes {@code /}. */
    private static String withoutDoubleSlashes(String path) {
        int index = path.indexOf("//");
        if (index < 0) {
            return path;
        }
        StringBuilder sanitized = new StringBuilder(path);
        while (index >= 0) {
            sanitized.deleteCharAt(index);
            index = sanitized.indexOf("//", index);
        }
        return sanitized.toString();
    }

    /**
     * Appends a string with every character its component does not allow percent-encoded as UTF-8 octets.
     */
    static void encode(String source, Component component, StringBuilder out) {
        int length = source.length();
        for (int i = 0; i < length; i++) {
            char c = source.charAt(i);
            if (c >= 0x80) {
                // Everything from here as UTF-8 (a surrogate pair is one code point); all of it is encoded.
                for (byte b : source.substring(i).getBytes(StandardCharsets.UTF_8)) {
                    if (b >= 0 && component.allows((char) b)) {
                        out.append((char) b);
                    }
                    else {
                        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                    }
                }
                return;
            }
            if (component.allows(c)) {
                out.append(c);
            }
            else {
                out.append('%').append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            }
        }
    }

    /** The parts of a URI this class encodes, each with the ASCII characters it leaves as they are. */
    enum Component {

        /** A variable's or query parameter's value: only unreserved characters stay. */
        VALUE(false, ""),

        /** The user info before the host. */
        USER_INFO(true, ":"),

        /** A host name or IPv4 address. */
        HOST(true, ""),

        /** A bracketed IPv6 address. */
        HOST_IPV6(true, "[]:"),

        /** A literal part of the path. */
        PATH(true, ":@/"),

        /** A query parameter's name. */
        QUERY_PARAM(true, ":@/?", '=', '&');

        private final boolean[] allowed = new boolean[128];

        Component(boolean subDelimiters, String extra, char... except) {
            for (char c = 'a'; c <= 'z'; c++) {
                this.allowed[c] = true;
                this.allowed[Character.toUpperCase(c)] = true;
            }
            for (char c = '0'; c <= '9'; c++) {
                this.allowed[c] = true;
            }
            for (char c : "-._~".toCharArray()) {
                this.allowed[c] = true;
            }
            if (subDelimiters) {
                for (char c : "!$&'()*+,;=".toCharArray()) {
                    this.allowed[c] = true;
                }
            }
            for (char c : extra.toCharArray()) {
                this.allowed[c] = true;
            }
            for (char c : except) {
                this.allowed[c] = false;
            }
        }

        boolean allows(char c) {
            return c < 128 && this.allowed[c];
        }

    }

    /**
     * One compiled template: {@code literals[0]} (origin and encoded path up to the first variable), then each
     * variable's name followed by the encoded literal after it.
     */
    private static final class Template {

        final String[] literals;

        final String[] names;

        final String full;

        final int length;

        Template(String[] literals, String[] names, String full) {
            this.literals = literals;
            this.names = names;
            this.full = full;
            this.length = full.length();
        }

    }

}
