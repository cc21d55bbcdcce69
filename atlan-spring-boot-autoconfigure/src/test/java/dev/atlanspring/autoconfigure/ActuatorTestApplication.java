package dev.atlanspring.autoconfigure;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.atlanspring.client.AtlanClient;
import dev.atlanspring.client.AtlanClients;
import dev.atlanspring.client.error.AtlanException;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application the actuator tests start: nothing but auto-configuration, as a user's would be. It also reads
 * the actuator's JSON the way an operator's curl would.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ActuatorTestApplication {

    /** Properties every actuator test needs: the endpoints exposed, details shown, no shutdown wait. */
    public static final String[] ACTUATOR = { "management.endpoints.web.exposure.include=health,metrics,atlan",
            "management.endpoint.health.show-details=always", "management.endpoint.health.probes.enabled=true",
            "spring.reactor.netty.shutdown-quiet-period=0s" };

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Makes one call with each client, whatever Atlan answers, so that the health checks that follow time
     * connections and not a cold start (loading classes, opening the first connection) on a busy machine.
     * @param clients the clients
     */
    public static void warmUp(AtlanClients clients) {
        for (AtlanClient client : clients.asMap().values()) {
            try {
                client.users().current();
            }
            catch (AtlanException ex) {
                // Only the warming matters.
            }
        }
    }

    /**
     * Answers a GET on the application.
     * @param port the application's port
     * @param path the path, such as {@code /actuator/health}
     * @return the status and body
     */
    public static Answer get(int port, String path) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /**
     * An HTTP answer.
     *
     * @param status the status
     * @param body the body as text
     */
    public record Answer(int status, String body) {

        /**
         * Reads the body as JSON.
         * @return the JSON
         */
        public JsonNode json() {
            return JSON.readTree(this.body);
        }

    }

}
