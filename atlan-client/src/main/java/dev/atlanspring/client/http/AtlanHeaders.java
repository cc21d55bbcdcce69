package dev.atlanspring.client.http;

/**
 * The headers the client sends with every request, as Atlan's own SDKs do.
 */
public final class AtlanHeaders {

    /** Identifies one logical call across all its attempts, for Atlan support and for tracing. */
    public static final String REQUEST_ID = "X-Atlan-Request-Id";

    /** Marks the caller as an SDK. */
    public static final String AGENT = "x-atlan-agent";

    /** Names the SDK's language. */
    public static final String AGENT_ID = "x-atlan-agent-id";

    /** Names where the client comes from. */
    public static final String CLIENT_ORIGIN = "x-atlan-client-origin";

    /** The {@code User-Agent} value: this starter and its version. */
    public static final String USER_AGENT = "atlan-spring-boot-starter/" + ClientVersion.get();

    private AtlanHeaders() {
    }

}
