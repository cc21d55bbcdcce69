package dev.atlanspring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.atlanspring.client.error.ApiConnectionException;
import dev.atlanspring.client.error.NotFoundException;
import dev.atlanspring.client.observation.AtlanClientObservationContext;
import dev.atlanspring.embedded.EmbeddedAtlan;
import dev.atlanspring.client.observation.DefaultAtlanClientObservationConvention;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a dashboard sees of the client: one {@code atlan.client.requests} timer per logical call, tagged with
 * tenant, operation, outcome, status and exception; one {@code http.client.requests} per attempt, tagged with the
 * URI template; {@code atlan.client.retries} counting retries by reason; and, for traces, each attempt a child of
 * its call, which carries the request id.
 */
class AtlanClientObservationTests {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockSupport.wireMock();

    private static final String ENTITY = "{\"entity\": {\"typeName\": \"Table\", \"guid\": \"abc\"}}";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private final List<AtlanClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        this.clients.forEach(AtlanClient::close);
    }

    /** A client observed the way Spring Boot wires it: one registry for the client and its WebClient. */
    private AtlanClient observedClient(int port, ObservationRegistry observations) {
        AtlanClient client = WireMockSupport.builder(port)
            .webClientBuilder(WebClient.builder().observationRegistry(observations))
            .observationRegistry(observations)
            .meterRegistry(this.meters)
            .build();
        this.clients.add(client);
        return client;
    }

    private AtlanClient meteredClient(int port) {
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
        return observedClient(port, observations);
    }

    private Timer callTimer() {
        return this.meters.get("atlan.client.requests").timer();
    }

    private static Set<Tag> tags(Meter meter) {
        return Set.copyOf(meter.getId().getTags());
    }

    @Test
    void successfulCallIsOneTimedCallTaggedWithTenantOperationAndOutcome() {
        wireMock.stubFor(get(urlPathMatching("/api/meta/entity/guid/.*")).willReturn(okJson(ENTITY)));

        meteredClient(wireMock.getPort()).assets().get("abc");

        assertThat(callTimer().count()).isEqualTo(1);
        assertThat(tags(callTimer())).contains(Tag.of("atlan.tenant", "default"),
                Tag.of("atlan.operation", "assets.get"), Tag.of("outcome", "SUCCESS"), Tag.of("status", "200"),
                Tag.of("exception", "none"));
        assertThat(this.meters.get("http.client.requests").timer().getId().getTag("uri"))
            .isEqualTo("/api/meta/entity/guid/{guid}");
        assertThat(this.meters.find("atlan.client.retries").meters()).isEmpty();
    }

    @Test
    void notFoundIsAClientErrorTaggedWithItsStatusAndException() {
        wireMock.stubFor(get(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(404)));
        AtlanClient client = meteredClient(wireMock.getPort());

        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> client.assets().get("missing"));

        assertThat(tags(callTimer())).contains(Tag.of("outcome", "CLIENT_ERROR"), Tag.of("status", "404"),
                Tag.of("exception", "NotFoundException"));
        assertThat(this.meters.find("atlan.client.retries").meters()).isEmpty();
    }

    @Test
    void retriedCallIsOneTimedCallWithOneHttpRequestPerAttemptAndItsRetriesCountedByStatus() {
        WireMockSupport.answerGetsInTurn(wireMock, aResponse().withStatus(503), aResponse().withStatus(503),
                okJson(ENTITY));

        meteredClient(wireMock.getPort()).assets().get("abc");

        assertThat(callTimer().count()).isEqualTo(1);
        assertThat(tags(callTimer())).contains(Tag.of("outcome", "SUCCESS"), Tag.of("status", "200"));
        assertThat(this.meters.get("http.client.requests").tag("status", "503").timer().count()).isEqualTo(2);
        assertThat(this.meters.get("http.client.requests").tag("status", "200").timer().count()).isEqualTo(1);
        assertThat(this.meters.get("atlan.client.retries").counter().count()).isEqualTo(2);
        assertThat(tags(this.meters.get("atlan.client.retries").counter())).containsExactlyInAnyOrder(
                Tag.of("atlan.tenant", "default"), Tag.of("atlan.operation", "assets.get"), Tag.of("reason", "503"));
    }

    @Test
    void refusedConnectionHasNoStatusAnUnknownOutcomeAndItsRetriesCountedAsConnection() {
        AtlanClient client = meteredClient(WireMockSupport.closedPort());

        assertThatExceptionOfType(ApiConnectionException.class).isThrownBy(() -> client.users().current());

        assertThat(tags(callTimer())).contains(Tag.of("atlan.tenant", "default"),
                Tag.of("atlan.operation", "users.current"), Tag.of("outcome", "UNKNOWN"), Tag.of("status", "NONE"),
                Tag.of("exception", "ApiConnectionException"));
        assertThat(this.meters.get("atlan.client.retries").tag("reason", "connection").counter().count())
            .isEqualTo(3);
    }

    @Test
    void aThousandCallsForAThousandGuidsLeaveOneUriTagAndOneCallTimer() {
        // The embedded Atlan answers far faster than WireMock; each unknown GUID is a 404, the same for metrics.
        try (EmbeddedAtlan atlan = EmbeddedAtlan.builder()
            .apiKey(WireMockSupport.API_KEY)
            .seedDemoCatalog(false)
            .start()) {
            ReactiveAtlanClient client = meteredClient(atlan.port()).reactive();

            long calls = Flux.range(0, 1000)
                .flatMap((i) -> client.assets().get(UUID.randomUUID().toString())
                    .onErrorResume(NotFoundException.class, (notFound) -> Mono.empty())
                    .thenReturn(i), 16)
                .count()
                .block();

            assertThat(calls).isEqualTo(1000);
        }
        assertThat(this.meters.find("http.client.requests").timers()).extracting((timer) -> timer.getId().getTag("uri"))
            .containsOnly("/api/meta/entity/guid/{guid}");
        assertThat(this.meters.find("atlan.client.requests").timers()).singleElement()
            .satisfies((timer) -> assertThat(timer.count()).isEqualTo(1000));
        Set<String> tagValues = this.meters.getMeters().stream()
            .flatMap((meter) -> meter.getId().getTags().stream())
            .map(Tag::getValue)
            .collect(Collectors.toSet());
        assertThat(tagValues).hasSizeLessThan(20);
    }

    @Test
    void eachAttemptIsAChildOfItsCallWhichCarriesTheRequestIdAndAttempts() {
        WireMockSupport.answerGetsInTurn(wireMock, aResponse().withStatus(503), okJson(ENTITY));
        TestObservationRegistry observations = TestObservationRegistry.create();

        observedClient(wireMock.getPort(), observations).assets().get("abc");

        List<LoggedRequest> requests = wireMock.findAll(anyRequestedFor(anyUrl()));
        String requestId = requests.get(0).getHeader("X-Atlan-Request-Id");
        TestObservationRegistryAssert.assertThat(observations)
            .hasNumberOfObservationsWithNameEqualTo("atlan.client.requests", 1)
            .hasNumberOfObservationsWithNameEqualTo("http.client.requests", 2)
            .forAllObservationsWithNameEqualTo("http.client.requests",
                    (attempt) -> attempt
                        .hasParentObservationContextMatching(
                                (parent) -> parent instanceof AtlanClientObservationContext call
                                        && call.getRequestId().equals(requestId)))
            .hasObservationWithNameEqualTo("atlan.client.requests")
            .that()
            .hasBeenStopped()
            .doesNotHaveParentObservation()
            .hasContextualNameEqualTo("atlan assets.get")
            .hasHighCardinalityKeyValue("atlan.request.id", requestId)
            .hasHighCardinalityKeyValue("atlan.attempts", "2")
            .hasLowCardinalityKeyValue("atlan.tenant", "default");
    }

    @Test
    void callMadeWithinAnObservationIsItsChildBlockingOrReactive() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
        TestObservationRegistry observations = TestObservationRegistry.create();
        AtlanClient client = observedClient(wireMock.getPort(), observations);
        Observation request = Observation.start("inbound.request", observations);

        try (Observation.Scope scope = request.openScope()) {
            client.users().current();
        }
        client.reactive().users().current()
            .contextWrite((context) -> context.put(ObservationThreadLocalAccessor.KEY, request))
            .block();
        request.stop();

        TestObservationRegistryAssert.assertThat(observations)
            .hasNumberOfObservationsWithNameEqualTo("atlan.client.requests", 2)
            .forAllObservationsWithNameEqualTo("atlan.client.requests",
                    (call) -> call.hasParentObservationEqualTo(request));
    }

    @Test
    void aConventionOfTheUsersNamesAndTagsTheCall() {
        wireMock.stubFor(get("/api/service/users/current").willReturn(okJson("{\"username\": \"jdoe\"}")));
        ObservationRegistry observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
        AtlanClient client = WireMockSupport.builder(wireMock.getPort())
            .observationRegistry(observations)
            .observationConvention(new DefaultAtlanClientObservationConvention("catalog.calls") {
                @Override
                public KeyValues getLowCardinalityKeyValues(AtlanClientObservationContext context) {
                    return super.getLowCardinalityKeyValues(context).and(KeyValue.of("team", "data-platform"));
                }
            })
            .build();
        this.clients.add(client);

        client.users().current();

        assertThat(this.meters.get("catalog.calls").tag("team", "data-platform").timer().count()).isEqualTo(1);
        assertThat(this.meters.find("atlan.client.requests").meters()).isEmpty();
    }

}
