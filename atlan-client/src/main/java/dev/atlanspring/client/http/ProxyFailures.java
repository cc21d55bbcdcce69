package dev.atlanspring.client.http;

import dev.atlanspring.client.AtlanClientSettings;
import dev.atlanspring.client.error.ApiConnectionException;
import dev.atlanspring.client.error.AtlanError;
import dev.atlanspring.client.error.AtlanException;
import dev.atlanspring.client.error.ProxyAuthenticationException;
import dev.atlanspring.client.error.RequestInfo;
import dev.atlanspring.client.proxy.ProxySettings;
import io.netty.handler.proxy.HttpProxyHandler.HttpProxyConnectException;
import io.netty.handler.proxy.ProxyConnectException;

/**
 * Explains why the proxy did not open a connection to Atlan: it wanted credentials, rejected them, or could not
 * reach the tenant. Netty reports the proxy's answer only in its message ({@code status: 407 ...},
 * {@code authStatus: FAILURE}), so that is what is read; the message never holds the password.
 */
final class ProxyFailures {

    private final AtlanClientSettings settings;

    private final Redactor redactor;

    ProxyFailures(AtlanClientSettings settings, Redactor redactor) {
        this.settings = settings;
        this.redactor = redactor;
    }

    AtlanException toException(ProxySettings proxy, ProxyConnectException failure, int status, RequestInfo request,
            Throwable original) {
        String said = (failure.getMessage() != null) ? failure.getMessage() : "";
        String where = "The proxy " + address(proxy) + " (from " + proxy.origin() + ")";
        boolean http = failure instanceof HttpProxyConnectException;
        if (http ? said.contains("status: 407") : (said.contains("authStatus") || said.contains("authMethod"))) {
            String problem = (proxy.username() != null) ? where + " rejected the user name and password"
                    : where + " asks for credentials and none are set";
            return new ProxyAuthenticationException(problem, http ? 407 : 0, request,
                    "Check the user name and password in the proxy URL, written " + (http ? "http" : "socks5")
                            + "://user:password@host:port with special characters percent-encoded.",
                    original);
        }
        String target = this.settings.baseUrl().getHost()
                + ((this.settings.baseUrl().getPort() > 0) ? ":" + this.settings.baseUrl().getPort() : "");
        return new ApiConnectionException(where + " did not open a connection to " + target + ": " + reason(said),
                status, AtlanError.EMPTY, request,
                "Check that the proxy allows connections to the tenant, or reach the tenant directly by listing it in"
                        + " the non-proxy hosts (atlan.proxy.non-proxy-hosts, NO_PROXY).",
                false, original);
    }

    static String address(ProxySettings proxy) {
        return (proxy.host().contains(":") ? "[" + proxy.host() + "]" : proxy.host()) + ":" + proxy.port();
    }

    /** Netty's message starts with the protocol and both addresses, which the message already names. */
    private String reason(String said) {
        int arrow = said.indexOf("=>");
        int comma = (arrow >= 0) ? said.indexOf(", ", arrow) : -1;
        String reason = (comma >= 0) ? said.substring(comma + 2) : said;
        return this.redactor.apply(reason.isBlank() ? "no reason given" : reason.replaceAll("\\s+", " ").trim());
    }

}
