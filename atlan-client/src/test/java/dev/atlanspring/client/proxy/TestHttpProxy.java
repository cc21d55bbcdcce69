package dev.atlanspring.client.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An HTTP proxy on loopback for tests: {@code CONNECT} tunnels (what clients use for https, and Reactor Netty for
 * http too) and plain forwarding of absolute-URI requests, behind Basic authentication when credentials are given.
 * It answers 407 to missing or wrong credentials, as corporate proxies do.
 */
public final class TestHttpProxy extends LoopbackProxy {

    private final @Nullable String expectedAuthorization;

    private TestHttpProxy(@Nullable String username, @Nullable String password) {
        super("test-http-proxy");
        this.expectedAuthorization = (username != null) ? "Basic " + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)) : null;
    }

    /**
     * Starts a proxy that lets anyone through.
     * @return the running proxy
     */
    public static TestHttpProxy open() {
        return new TestHttpProxy(null, null);
    }

    /**
     * Starts a proxy that asks for Basic credentials.
     * @param username the user name it accepts
     * @param password the password it accepts
     * @return the running proxy
     */
    public static TestHttpProxy withCredentials(String username, String password) {
        return new TestHttpProxy(username, password);
    }

    @Override
    public TestHttpProxy knows(String name) {
        super.knows(name);
        return this;
    }

    @Override
    void serve(Socket client) throws IOException {
        InputStream in = client.getInputStream();
        OutputStream out = client.getOutputStream();
        List<String> head = readHead(in);
        if (head.isEmpty()) {
            return;
        }
        String[] requestLine = head.get(0).split(" ");
        if (requestLine.length != 3) {
            answer(out, "400 Bad Request");
            return;
        }
        String method = requestLine[0];
        String target = requestLine[1];
        String authorization = header(head, "Proxy-Authorization");
        if (this.expectedAuthorization != null && !this.expectedAuthorization.equals(authorization)) {
            rejected(method + " " + target);
            answer(out, "407 Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"test\"");
            return;
        }
        if (method.equals("CONNECT")) {
            int colon = target.lastIndexOf(':');
            String host = target.substring(0, colon).replace("[", "").replace("]", "");
            int port = Integer.parseInt(target.substring(colon + 1));
            try {
                tunnel(client, "CONNECT " + target, host, port, new byte[0],
                        () -> write(out, "HTTP/1.1 200 Connection Established\r\n\r\n"));
            }
            catch (IOException ex) {
                answer(out, "502 Bad Gateway");
            }
            return;
        }
        URI uri = URI.create(target);
        if (uri.getHost() == null) {
            answer(out, "400 Bad Request");
            return;
        }
        StringBuilder forwarded = new StringBuilder(method).append(' ')
            .append((uri.getRawPath() != null && !uri.getRawPath().isEmpty()) ? uri.getRawPath() : "/")
            .append((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "")
            .append(' ')
            .append(requestLine[2])
            .append("\r\n");
        for (String line : head.subList(1, head.size())) {
            String name = line.substring(0, Math.max(0, line.indexOf(':'))).toLowerCase(Locale.ROOT);
            if (!name.equals("proxy-authorization") && !name.equals("proxy-connection")) {
                forwarded.append(line).append("\r\n");
            }
        }
        forwarded.append("\r\n");
        int port = (uri.getPort() > 0) ? uri.getPort() : 80;
        tunnel(client, method + " " + target, uri.getHost(), port,
                forwarded.toString().getBytes(StandardCharsets.ISO_8859_1), () -> {
                });
    }

    private static List<String> readHead(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        int b;
        while ((b = in.read()) != -1) {
            if (previous == '\r' && b == '\n') {
                byte[] bytes = line.toByteArray();
                String text = new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
                if (text.isEmpty()) {
                    return lines;
                }
                lines.add(text);
                line.reset();
                previous = -1;
                continue;
            }
            line.write(b);
            previous = b;
        }
        return List.of();
    }

    private static @Nullable String header(List<String> head, String name) {
        for (String line : head.subList(1, head.size())) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static void answer(OutputStream out, String status, String... headers) throws IOException {
        StringBuilder response = new StringBuilder("HTTP/1.1 ").append(status).append("\r\n");
        for (String header : headers) {
            response.append(header).append("\r\n");
        }
        response.append("Content-Length: 0\r\nConnection: close\r\n\r\n");
        out.write(response.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Override
    public String toString() {
        return "TestHttpProxy[127.0.0.1:" + port() + "]";
    }

}
