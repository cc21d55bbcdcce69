package dev.atlanspring.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import dev.atlanspring.embedded.AtlanTestClient.Reply;

class HttpProtocolTest {

    private static final String KEY = "protocol-test-key";
    private static EmbeddedAtlan atlan;
    private static AtlanTestClient client;

    @BeforeAll
    static void start() {
        atlan = EmbeddedAtlan.builder().apiKey(KEY).start();
        client = new AtlanTestClient(atlan);
    }

    @AfterAll
    static void stop() {
        atlan.close();
    }

    @Test
    void aRequestWithoutKeyGets401WithAnAtlanErrorBody() {
        Reply reply = client.send("GET", "/api/meta/entity/guid/" + DemoCatalog.ORDERS_TABLE_GUID, null, null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(reply.json().get("errorCode").asString()).isEqualTo("ATLAS-401-00-001");
        assertThat(reply.json().get("errorMessage").asString()).isNotBlank();
    }

    @Test
    void aRequestWithAWrongKeyGets401() {
        Reply reply = client.send("GET", "/api/service/users/current", null, "Bearer not-the-key");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("errorCode").asString()).isEqualTo("ATLAS-401-00-001");
        assertThat(reply.body()).doesNotContain(KEY);
    }

    @Test
    void aKeyWithoutTheBearerSchemeGets401() {
        assertThat(client.send("GET", "/api/service/users/current", null, KEY).status()).isEqualTo(401);
    }

    @Test
    void theBearerSchemeIsCaseInsensitive() {
        assertThat(client.send("GET", "/api/service/users/current", null, "bearer " + KEY).status()).isEqualTo(200);
    }

    @Test
    void successfulResponsesAreJson() {
        Reply reply = client.get("/api/service/users/current");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("application/json");
    }

    @Test
    void anUnknownPathGets404WithAnErrorBody() {
        Reply reply = client.get("/api/meta/no/such/thing");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(reply.json().get("errorCode").asString()).startsWith("ATLAS-404");
        assertThat(reply.json().get("errorMessage").asString()).contains("/api/meta/no/such/thing");
    }

    @Test
    void aPathOutsideTheApiGets404EvenWithoutKey() {
        Reply reply = client.send("GET", "/index.html", null, null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().has("errorCode")).isTrue();
    }

    @Test
    void aKnownPathWithTheWrongMethodGets405() {
        Reply reply = client.send("PUT", "/api/meta/entity/bulk", "{}", "Bearer " + KEY);

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.json().get("errorCode").asString()).isEqualTo("ATLAS-405-00-001");
    }

    @Test
    void malformedJsonGets400NamingTheProblemWithoutAStackTrace() {
        Reply reply = client.post("/api/meta/entity/bulk", "{\"entities\": [ {\"typeName\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).isEqualTo("application/json");
        assertThat(reply.json().get("errorCode").asString()).startsWith("ATLAS-400");
        assertThat(reply.json().get("errorMessage").asString()).contains("Malformed JSON");
        assertThat(reply.body()).doesNotContain("at tools.jackson", "Exception");
    }

    @Test
    void anEmptyOrNonObjectBodyGets400() {
        assertThat(client.post("/api/meta/search/indexsearch", "").status()).isEqualTo(400);
        assertThat(client.post("/api/meta/search/indexsearch", "[1, 2]").status()).isEqualTo(400);
        assertThat(client.post("/api/meta/search/indexsearch", "{} trailing").status()).isEqualTo(400);
    }

    @Test
    void everyRequestIsLoggedAtDebugWithoutTheKey() {
        Logger logger = (Logger) LoggerFactory.getLogger(AtlanHttpHandler.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level previous = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.addAppender(appender);
        try {
            client.get("/api/meta/entity/guid/" + DemoCatalog.ORDERS_TABLE_GUID + "?minExtInfo=true");
            client.send("GET", "/api/service/users/current", null, "Bearer wrong-" + KEY);
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(previous);
        }

        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.toList());
        assertThat(lines).contains("GET /api/meta/entity/guid/" + DemoCatalog.ORDERS_TABLE_GUID + " -> 200",
                "GET /api/service/users/current -> 401");
        assertThat(String.join("\n", lines)).doesNotContain(KEY);
    }
}
