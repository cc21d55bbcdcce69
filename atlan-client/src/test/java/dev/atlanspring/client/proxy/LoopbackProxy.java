package dev.atlanspring.client.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The plumbing of the test proxies: a server socket on 127.0.0.1, a thread per connection, and a byte pump in each
 * direction once a tunnel is open. What passed through is recorded for the tests to assert on.
 */
public abstract class LoopbackProxy implements AutoCloseable {

    /** Host names only the proxy knows, so that a request that reached them must have gone through the proxy. */
    private final Map<String, String> hosts = new ConcurrentHashMap<>();

    private final ServerSocket server;

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private final List<String> tunnels = new CopyOnWriteArrayList<>();

    private final List<String> rejections = new CopyOnWriteArrayList<>();

    private volatile boolean closed;

    LoopbackProxy(String name) {
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        Thread acceptor = new Thread(this::acceptAll, name + "-" + this.server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /**
     * Makes a host name the proxy resolves to 127.0.0.1, so that only a request through the proxy can reach it.
     * @param name the host name
     * @return this proxy
     */
    LoopbackProxy knows(String name) {
        this.hosts.put(name.toLowerCase(java.util.Locale.ROOT), "127.0.0.1");
        return this;
    }

    /**
     * Returns the port the proxy listens on.
     * @return the port
     */
    public int port() {
        return this.server.getLocalPort();
    }

    /**
     * Returns what passed through: each connection the proxy opened for a client, such as
     * {@code CONNECT 127.0.0.1:8443}, or a request it forwarded, such as {@code GET http://host:port/path}.
     * @return the connections and requests in order
     */
    public List<String> tunnels() {
        return List.copyOf(this.tunnels);
    }

    /**
     * Returns each time the proxy refused a client's credentials (or their absence).
     * @return the refusals in order
     */
    public List<String> rejections() {
        return List.copyOf(this.rejections);
    }

    /** Serves one client connection; returns when it is done or hands it to {@link #tunnel}. */
    abstract void serve(Socket client) throws IOException;

    void rejected(String what) {
        this.rejections.add(what);
    }

    /** Connects to the target on the client's behalf and pumps bytes both ways until either side closes. */
    void tunnel(Socket client, String description, String host, int port, byte[] first, Runnable onConnected)
            throws IOException {
        Socket target = new Socket();
        this.open.add(target);
        try {
            target.connect(new InetSocketAddress(this.hosts.getOrDefault(host.toLowerCase(java.util.Locale.ROOT),
                    host), port), 2000);
        }
        catch (IOException ex) {
            target.close();
            throw ex;
        }
        this.tunnels.add(description);
        onConnected.run();
        if (first.length > 0) {
            target.getOutputStream().write(first);
        }
        Thread upstream = new Thread(() -> pump(client, target), "proxy-pump");
        upstream.setDaemon(true);
        upstream.start();
        pump(target, client);
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        }
        catch (IOException ex) {
            // One side closed: the tunnel is over.
        }
        finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void acceptAll() {
        while (!this.closed) {
            try {
                Socket client = this.server.accept();
                this.open.add(client);
                Thread handler = new Thread(() -> {
                    try {
                        serve(client);
                    }
                    catch (IOException ex) {
                        // The client went away, or the target could not be reached: the connection just ends.
                    }
                    finally {
                        closeQuietly(client);
                    }
                }, "proxy-connection");
                handler.setDaemon(true);
                handler.start();
            }
            catch (IOException ex) {
                // Closed.
            }
        }
    }

    private void closeQuietly(Socket socket) {
        try {
            socket.close();
        }
        catch (IOException ex) {
            // Nothing to do.
        }
        this.open.remove(socket);
    }

    @Override
    public void close() {
        this.closed = true;
        try {
            this.server.close();
        }
        catch (IOException ex) {
            // Nothing to do.
        }
        this.open.forEach(this::closeQuietly);
    }

}
