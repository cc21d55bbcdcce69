package dev.atlanspring.client.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import dev.atlanspring.client.AtlanClientSettings;
import dev.atlanspring.client.error.ApiConnectionException;
import dev.atlanspring.client.error.ApiException;
import dev.atlanspring.client.error.AtlanError;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.error.DeadlineExceededException;
import dev.atlanspring.client.error.LogicException;
import dev.atlanspring.client.error.RequestInfo;
import dev.atlanspring.client.proxy.ProxySettings;
import io.netty.channel.ChannelException;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.proxy.ProxyConnectException;
import io.netty.handler.timeout.ReadTimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.web.reactive.function.client.WebClientException;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Turns whatever the transport threw (Netty, Reactor Netty, WebClient) into an {@link AtlanException}, so that no
 * transport exception ever escapes the client. The original is kept as the cause.
 */
final class TransportFailures {

    private final AtlanClientSettings settings;

    private final Redactor redactor;

    private final ProxyFailures proxyFailures;

    TransportFailures(AtlanClientSettings settings, Redactor redactor) {
        this.settings = settings;
        this.redactor = redactor;
        this.proxyFailures = new ProxyFailures(settings, redactor);
    }

    AtlanException toException(Throwable failure, int status, RequestInfo request) {
        return toException(failure, status, request, null);
    }

    /**
     * Explains a failure to get an OAuth access token for a call: the call itself was never sent, so it may be
     * repeated whatever its operation.
     */
    AtlanException toExceptionGettingToken(Throwable failure, RequestInfo request) {
        return toException(failure, 0, request, " while getting an OAuth access token");
    }

    /**
     * @param beforeSending what the call was doing before its request could be sent, such as
     * {@code " while getting an OAuth access token"}; {@code null} when the request may have been sent
     */
    private AtlanException toException(Throwable failure, int status, RequestInfo request,
            @Nullable String beforeSending) {
        if (failure instanceof AtlanException atlan) {
            return atlan;
        }
        Throwable root = rootOf(failure);
        Throwable cause = this.redactor.cause(failure);
        if (failure instanceof DataBufferLimitException || root instanceof DataBufferLimitException) {
            return new ApiException(
                    "The response is larger than the max response size of " + this.settings.maxResponseSize(),
                    status, AtlanError.EMPTY, request,
                    "Ask for less (a smaller page size) or raise the max response size (atlan.max-response-size).",
                    cause);
        }
        if (isTransport(failure, root)) {
            ProxyConnectException proxyFailure = find(failure, ProxyConnectException.class);
            ProxySettings proxy = this.settings.effectiveProxy();
            if (proxyFailure != null && proxy != null) {
                return this.proxyFailures.toException(proxy, proxyFailure, status, request, cause);
            }
            // The handshake failure is wrapped by Netty and has JDK causes of its own: the root says less.
            SSLException tls = find(failure, SSLException.class);
            Throwable reason = (tls != null) ? tls : root;
            String problem = describe(reason, proxy) + ((beforeSending != null) ? beforeSending : "");
            return new ApiConnectionException(problem, status, AtlanError.EMPTY, request, adviceFor(reason, proxy),
                    beforeSending == null && mayHaveBeenSent(reason), cause);
        }
        return new LogicException("Unexpected " + failure.getClass().getName() + ": " + message(failure), status,
                AtlanError.EMPTY, request, "This is a bug in atlan-spring-boot-starter; please report it.", cause);
    }

    /**
     * Explains a call or an attempt that ran past its deadline without a complete answer: a server or proxy that
     * keeps sending a byte now and then never trips the read timeout.
     */
    DeadlineExceededException deadlineExceeded(DeadlineExceededException.Deadline deadline, RequestInfo request) {
        String host = this.settings.baseUrl().getHost() + portSuffix();
        if (deadline == DeadlineExceededException.Deadline.ATTEMPT) {
            Duration limit = this.settings.attemptTimeout();
            return new DeadlineExceededException("No complete answer from " + host + " within the attempt deadline of "
                    + millis(limit) + " (attempt-timeout)", deadline, limit, request,
                    "The tenant (or a proxy on the way) answers too slowly; an idempotent call is retried. Check that the"
                            + " tenant is healthy, or raise the attempt timeout (atlan.attempt-timeout) for slow calls.");
        }
        Duration limit = this.settings.callTimeout();
        return new DeadlineExceededException("No complete answer from " + host + " within the call deadline of "
                + millis(limit) + " (call-timeout), retries included", deadline, limit, request,
                "The call is not retried. Check that the tenant is healthy, or raise the call timeout"
                        + " (atlan.call-timeout) for slow calls.");
    }

    /** Only a failure to connect proves the request never left; anything later may have reached Atlan. */
    private static boolean mayHaveBeenSent(Throwable root) {
        // Reactor Netty's pool exceptions live in a shaded, internal package: matched by name, not by type.
        boolean noConnection = root instanceof ConnectException || root instanceof UnknownHostException
                || root.getClass().getSimpleName().startsWith("PoolAcquire");
        return !noConnection;
    }

    private static boolean isTransport(Throwable failure, Throwable root) {
        return failure instanceof WebClientException || root instanceof IOException
                || root instanceof ChannelException || root instanceof TimeoutException;
    }

    private String describe(Throwable root, @Nullable ProxySettings proxy) {
        String host = this.settings.baseUrl().getHost() + portSuffix();
        if (proxy != null && (root instanceof ConnectTimeoutException || root instanceof ConnectException)) {
            return "Could not connect to the proxy " + ProxyFailures.address(proxy) + " (from " + proxy.origin()
                    + ") on the way to " + host + ": " + message(root);
        }
        if (root instanceof ConnectTimeoutException) {
            return "Timed out connecting to " + host + " after " + millis(this.settings.connectTimeout());
        }
        if (root instanceof ConnectException) {
            return "Could not connect to " + host + ": " + message(root);
        }
        if (root instanceof UnknownHostException) {
            return "Unknown host " + this.settings.baseUrl().getHost();
        }
        if (root instanceof ReadTimeoutException) {
            return "No response from " + host + " within the read timeout of " + millis(this.settings.readTimeout());
        }
        if (root instanceof TimeoutException) {
            return "Timed out waiting for " + host + ": " + message(root);
        }
        if (root instanceof PrematureCloseException || root instanceof ClosedChannelException) {
            return "The connection to " + host + " closed before the response was complete";
        }
        if (root instanceof SSLException) {
            return "The TLS handshake with " + host + " failed: " + message(root);
        }
        return "The connection to " + host + " failed: " + message(root);
    }

    private String adviceFor(Throwable root, @Nullable ProxySettings proxy) {
        if (root instanceof ReadTimeoutException) {
            return "Check that the tenant is healthy, or raise the read timeout (atlan.read-timeout) for slow calls.";
        }
        if (root instanceof SSLException) {
            return (this.settings.sslContext() != null)
                    ? "Check that the configured trust (the SSL bundle named by atlan.ssl.bundle) holds the CA that"
                            + " signed the certificate, and that the certificate names the host."
                    : "If a private CA or a TLS-inspecting proxy signed the certificate, configure the trust: name a"
                            + " Spring Boot SSL bundle that trusts that CA in atlan.ssl.bundle (without Spring Boot,"
                            + " pass an SslContext to AtlanClientBuilder.sslContext).";
        }
        if (proxy != null && (root instanceof ConnectTimeoutException || root instanceof ConnectException)) {
            return "Check the proxy URL (" + proxy.origin() + ") and that the proxy is reachable from this host;"
                    + " hosts to reach directly belong in the non-proxy hosts (atlan.proxy.non-proxy-hosts, NO_PROXY).";
        }
        return "Check that the base URL is right and that the tenant is reachable from this host"
                + " (network, proxy, firewall).";
    }

    private String portSuffix() {
        int port = this.settings.baseUrl().getPort();
        return (port > 0) ? ":" + port : "";
    }

    private String message(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return this.redactor.apply(message.replaceAll("\\s+", " ").trim());
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }

    private static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = (current.getCause() != current)
                ? current.getCause() : null) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable current = failure;
        // Stop at the first cause that says more than the wrapper: WebClient wraps the real transport error.
        while (current.getCause() != null && current.getCause() != current
                && (current instanceof WebClientException || current.getClass().getName().startsWith("reactor.")
                        && !(current instanceof PrematureCloseException))) {
            current = current.getCause();
        }
        return current;
    }

}
