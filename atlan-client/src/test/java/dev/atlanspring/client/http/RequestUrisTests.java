package dev.atlanspring.client.http;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.atlanspring.client.AtlanClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link RequestUris} against the way {@code AtlanHttp} built URIs before it: Spring's
 * {@code DefaultUriBuilderFactory} on the base URL in {@code TEMPLATE_AND_VALUES} mode, each query value given as a
 * template variable (kept here as {@link #oracle}). For every operation the client declares, hostile values and
 * many base URLs, the two must give the same string, so that the wire does not change.
 */
class RequestUrisTests {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** Values that mean something in a URI, or that need UTF-8, or nothing at all. */
    private static final List<String> VALUES = List.of("/", "@", "+", " ", "%", "%2F", "?", "#", "&", "=", ":", ";",
            ",", "'", "é", "中", "😀", "", "$", "\\", "{x}", "}{", "~-._", "*!()", "[::1]", "\"<>|^`", "\t\n",
            "\uD800", "a\uDC00b", "default/snowflake/1700000000/DB/SCHEMA/T@B+1 ?#&=%2F;,'é中😀",
            "x".repeat(1000) + "/é+ ".repeat(500));

    /** Parameter names as Atlan spells them, and some that need encoding. */
    private static final List<String> NAMES = List.of("attr:qualifiedName", "minExtInfo", "a b", "x=y", "k&v",
            "n/m?", "é", "@:;+,$!*'()", "%", "#", "");

    /** Base URLs as the builder normalises them (every one through {@link #normalised}) and as given directly. */
    private static final List<String> BASES = List.of("https://acme.atlan.com", "https://acme.atlan.com/",
            "https://acme.atlan.com:8443", "https://ACME.Atlan.com:443/", "http://localhost:8080/prefix",
            "http://localhost:8080/prefix/", "http://localhost:8080/prefix//", "http://localhost:8080//a//b//",
            "http://127.0.0.1:80/a/b", "http://[::1]:8080/atlan", "http://[::1]/", "https://[2001:db8::1]:443",
            "http://[fe80::1%25eth0]:8080/x", "https://acme.atlan.com/p%20q/x", "https://acme.atlan.com/%E4%B8%AD/",
            "https://acme.atlan.com/caf%C3%A9;v=1/@x:y", "https://acme.atlan.com/a+b/$!'()*,;=~",
            "https://acme.atlan.com/%2F/", "https://acme.atlan.com/é/中");

    /** Bases only a hand-made {@code AtlanClientSettings} could hold: the builder refuses or changes them. */
    private static final List<String> RAW_ONLY_BASES = List.of("https://user:pa%20ss@acme.atlan.com/x",
            "https://u@acme.atlan.com", "HTTPS://acme.atlan.com/X/", "http://acme.atlan.com:/x");

    @Test
    void everyOperationOfTheClientIsBuiltAsSpringBuiltIt() throws Exception {
        List<Operation> operations = declaredOperations();
        assertThat(operations).extracting(Operation::uriTemplate)
            .contains("/api/meta/entity/guid/{guid}", "/api/meta/entity/uniqueAttribute/type/{typeName}",
                    "/api/meta/entity/guid/{guid}/businessmetadata/{setName}", "/api/service/oauth-clients/token",
                    "/api/meta/search/indexsearch", "/api/meta/types/typedef/name/{name}");
        int compared = 0;
        List<String> refused = new ArrayList<>();
        for (String base : allBases()) {
            try {
                factory(base);
            }
            catch (IllegalArgumentException ex) {
                // Spring refused the base, so no request ever went out: so must this.
                assertThatIllegalArgumentException().as(base).isThrownBy(() -> new RequestUris(URI.create(base)));
                refused.add(base);
                continue;
            }
            RequestUris uris = new RequestUris(URI.create(base));
            for (Operation operation : operations) {
                for (AtlanRequest request : hostileRequests(operation)) {
                    assertThat(uris.uri(request).toString()).as("%s on %s", request.operation(), base)
                        .isEqualTo(oracle(base, request).toString());
                    compared++;
                }
                assertThat(uris.template(operation)).as(base).isEqualTo(oracleTemplate(base, operation));
            }
        }
        assertThat(refused).as("refused").containsExactly("http://[fe80::1%25eth0]:8080/x");
        assertThat(compared).isGreaterThan(10_000);
    }

    @Test
    void theBuilderNormalisesEveryBaseThisTestUses() {
        // The bases above are compared as they are; these are what AtlanClientBuilder makes of them.
        assertThat(normalised("https://acme.atlan.com/")).isEqualTo("https://acme.atlan.com");
        assertThat(normalised("http://localhost:8080/prefix//")).isEqualTo("http://localhost:8080/prefix");
        assertThat(normalised("http://[::1]:8080/atlan/")).isEqualTo("http://[::1]:8080/atlan");
        assertThat(normalised("HTTPS://acme.atlan.com/X/")).isEqualTo("https://acme.atlan.com/X");
    }

    @Test
    void aValueIsEncodedStrictlyAndANameOnlyWhereTheQueryNeedsIt() {
        RequestUris uris = new RequestUris(URI.create("https://acme.atlan.com/tenant/"));
        Operation operation = new Operation("assets.getByQualifiedName", HttpMethod.GET,
                "/api/meta/entity/uniqueAttribute/type/{typeName}", true);
        AtlanRequest request = AtlanRequest.to(operation)
            .uriVariable("typeName", "Table/é")
            .query("attr:qualifiedName", "default/sf/1700000000/DB/T+1 @x&y=z#%2F")
            .query("minExtInfo", false)
            .build();

        assertThat(uris.uri(request).toString()).isEqualTo("https://acme.atlan.com/tenant/api/meta/entity/"
                + "uniqueAttribute/type/Table%2F%C3%A9?attr:qualifiedName="
                + "default%2Fsf%2F1700000000%2FDB%2FT%2B1%20%40x%26y%3Dz%23%252F&minExtInfo=false");
        assertThat(uris.template(operation))
            .isEqualTo("https://acme.atlan.com/tenant/api/meta/entity/uniqueAttribute/type/{typeName}");
    }

    @Test
    void aMissingVariableIsNamedBeforeAnyRequest() {
        RequestUris uris = new RequestUris(URI.create("https://acme.atlan.com"));
        Operation operation = new Operation("customMetadata.update", HttpMethod.POST,
                "/api/meta/entity/guid/{guid}/businessmetadata/{setName}", true);
        AtlanRequest request = AtlanRequest.to(operation).uriVariable("guid", "g-1").build();

        assertThatIllegalArgumentException().isThrownBy(() -> uris.uri(request))
            .withMessage("No value for the URI variable 'setName' of POST "
                    + "/api/meta/entity/guid/{guid}/businessmetadata/{setName}; set it with "
                    + "AtlanRequest.Builder.uriVariable.");
        assertThatIllegalArgumentException().isThrownBy(() -> oracle("https://acme.atlan.com", request));
    }

    @Test
    void aQueryParameterNameWithABraceIsRefused() {
        // Spring read a brace in a name as a template variable; no parameter of Atlan's has one.
        RequestUris uris = new RequestUris(URI.create("https://acme.atlan.com"));
        Operation operation = new Operation("users.list", HttpMethod.GET, "/api/service/users", true);
        AtlanRequest request = AtlanRequest.to(operation).query("filter{x}", "1").build();

        assertThatIllegalArgumentException().isThrownBy(() -> uris.uri(request))
            .withMessage("The query parameter name 'filter{x}' of GET /api/service/users holds a brace; Atlan's"
                    + " parameters have none.");
    }

    @Test
    void anOperationWhoseTemplateCannotBeCompiledIsRefusedWhenDeclared() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Operation("x", HttpMethod.GET, "/api/x?limit={limit}", true))
            .withMessageContaining("has a query or fragment; give query parameters with AtlanRequest.Builder.query");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Operation("x", HttpMethod.GET, "/api/x#top", true))
            .withMessageContaining("has a query or fragment");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Operation("x", HttpMethod.GET, "/api/x/{guid:[a-f0-9-]+}", true))
            .withMessageContaining("has a variable that is not a plain {name}");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Operation("x", HttpMethod.GET, "/api/x/{}", true))
            .withMessageContaining("has a variable that is not a plain {name}");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Operation("x", HttpMethod.GET, "/api/x/{a", true))
            .withMessageContaining("has a variable that is not a plain {name}");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new Operation("x", HttpMethod.GET, "/api/x/a}", true))
            .withMessageContaining("has a '}' that closes no variable");
    }

    @Test
    void aBaseUrlWithAQueryOrAZoneIdIsRefused() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new RequestUris(URI.create("https://acme.atlan.com/x?key=secret")))
            .withMessageContaining("without a query or fragment")
            .withMessageNotContaining("secret");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new RequestUris(URI.create("http://[fe80::1%25eth0]:8080")))
            .withMessage("The base URL's host [fe80::1%25eth0] has an IPv6 zone id ('%...'), which a URL to Atlan"
                    + " cannot carry; use the address without it, or a host name.");
    }

    /** Every value in every variable and in several query parameters, some with several values. */
    private static List<AtlanRequest> hostileRequests(Operation operation) {
        List<String> variables = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(operation.uriTemplate());
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        List<AtlanRequest> requests = new ArrayList<>();
        for (int i = 0; i < VALUES.size(); i++) {
            String value = VALUES.get(i);
            AtlanRequest.Builder builder = AtlanRequest.to(operation);
            for (int v = 0; v < variables.size(); v++) {
                builder.uriVariable(variables.get(v), (v == 0) ? value : VALUES.get((i + v) % VALUES.size()));
            }
            // Names take turns; one name gets three values; one gets none at all.
            builder.query(NAMES.get(i % NAMES.size()), value)
                .query("attr:qualifiedName", value, VALUES.get((i + 1) % VALUES.size()), "q/x")
                .query("limit", 100)
                .query("unused");
            requests.add(builder.build());
            AtlanRequest.Builder plain = AtlanRequest.to(operation);
            for (String variable : variables) {
                plain.uriVariable(variable, (i % 2 == 0) ? value : (Object) i);
            }
            requests.add(plain.build());
        }
        return requests;
    }

    /** The client's URI building before {@link RequestUris}: {@code AtlanHttp.buildUri} on the WebClient's factory. */
    private static URI oracle(String baseUrl, AtlanRequest request) {
        UriBuilder builder = factory(baseUrl).uriString(request.operation().uriTemplate());
        Map<String, Object> variables = new HashMap<>(request.uriVariables());
        int index = 0;
        for (Map.Entry<String, List<String>> parameter : request.queryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                String name = "atlanQuery" + index++;
                builder.queryParam(parameter.getKey(), "{" + name + "}");
                variables.put(name, value);
            }
        }
        return builder.build(variables);
    }

    /** What {@code WebClient.uri(String, Function)} recorded as the template for observations. */
    private static String oracleTemplate(String baseUrl, Operation operation) {
        return factory(baseUrl).uriString(operation.uriTemplate()).toUriString();
    }

    private static DefaultUriBuilderFactory factory(String baseUrl) {
        DefaultUriBuilderFactory factory = new DefaultUriBuilderFactory(baseUrl);
        factory.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
        return factory;
    }

    private static Set<String> allBases() {
        Set<String> bases = new LinkedHashSet<>();
        for (String base : BASES) {
            bases.add(base);
            bases.add(normalised(base));
        }
        bases.addAll(RAW_ONLY_BASES);
        return bases;
    }

    private static String normalised(String base) {
        return AtlanClient.builder()
            .tenant("acme")
            .baseUrl(base)
            .apiKey("k")
            .allowInsecureHttp(true)
            .settings()
            .baseUrl()
            .toString();
    }

    /** Every {@code static Operation} field of the client's classes, found in its compiled classes. */
    private static List<Operation> declaredOperations() throws IOException, URISyntaxException,
            ReflectiveOperationException {
        Path classes = Path.of(Operation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(classes)) {
            names = files.map((file) -> classes.relativize(file).toString())
                .filter((file) -> file.endsWith(".class"))
                .map((file) -> file.substring(0, file.length() - ".class".length()).replace('/', '.'))
                .toList();
        }
        List<Operation> operations = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, RequestUrisTests.class.getClassLoader());
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Operation.class) {
                    field.setAccessible(true);
                    operations.add((Operation) field.get(null));
                }
            }
        }
        return operations;
    }

}
