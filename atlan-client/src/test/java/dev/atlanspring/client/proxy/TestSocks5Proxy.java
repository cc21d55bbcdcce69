package dev.atlanspring.client.proxy;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A SOCKS5 proxy on loopback for tests (RFC 1928, {@code CONNECT} only), asking for a user name and password
 * (RFC 1929) when credentials are given.
 */
public final class TestSocks5Proxy extends LoopbackProxy {

    private static final int VERSION = 5;

    private static final int NO_AUTHENTICATION = 0;

    private static final int USERNAME_PASSWORD = 2;

    private static final int NO_ACCEPTABLE_METHOD = 0xFF;

    private final @Nullable String username;

    private final @Nullable String password;

    private TestSocks5Proxy(@Nullable String username, @Nullable String password) {
        super("test-socks5-proxy");
        this.username = username;
        this.password = password;
    }

    /**
     * Starts a proxy that asks for a user name and password.
     * @param username the user name it accepts
     * @param password the password it accepts
     * @return the running proxy
     */
    public static TestSocks5Proxy withCredentials(String username, String password) {
        return new TestSocks5Proxy(username, password);
    }

    @Override
    public TestSocks5Proxy knows(String name) {
        super.knows(name);
        return this;
    }

    @Override
    void serve(Socket client) throws IOException {
        DataInputStream in = new DataInputStream(client.getInputStream());
        OutputStream out = client.getOutputStream();
        if (in.readUnsignedByte() != VERSION) {
            return;
        }
        byte[] methods = in.readNBytes(in.readUnsignedByte());
        int wanted = (this.username != null) ? USERNAME_PASSWORD : NO_AUTHENTICATION;
        if (!contains(methods, wanted)) {
            rejected("no credentials offered");
            out.write(new byte[] { VERSION, (byte) NO_ACCEPTABLE_METHOD });
            return;
        }
        out.write(new byte[] { VERSION, (byte) wanted });
        if (wanted == USERNAME_PASSWORD) {
            in.readUnsignedByte(); // the sub-negotiation's version, 1
            String user = new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.UTF_8);
            String secret = new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.UTF_8);
            boolean accepted = user.equals(this.username) && secret.equals(this.password);
            out.write(new byte[] { 1, (byte) (accepted ? 0 : 1) });
            if (!accepted) {
                rejected(user);
                return;
            }
        }
        in.readUnsignedByte(); // version
        int command = in.readUnsignedByte();
        in.readUnsignedByte(); // reserved
        String host = switch (in.readUnsignedByte()) {
            case 1 -> InetAddress.getByAddress(in.readNBytes(4)).getHostAddress();
            case 3 -> new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.US_ASCII);
            case 4 -> InetAddress.getByAddress(in.readNBytes(16)).getHostAddress();
            default -> throw new IOException("unknown address type");
        };
        int port = in.readUnsignedShort();
        if (command != 1) {
            out.write(reply(7));
            return;
        }
        try {
            tunnel(client, "CONNECT " + host + ":" + port, host, port, new byte[0], () -> {
                try {
                    out.write(reply(0));
                }
                catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
        }
        catch (IOException ex) {
            out.write(reply(5));
        }
    }

    /** A reply with a bound address of 0.0.0.0:0, which clients ignore. */
    private static byte[] reply(int status) {
        return new byte[] { VERSION, (byte) status, 0, 1, 0, 0, 0, 0, 0, 0 };
    }

    private static boolean contains(byte[] methods, int method) {
        for (byte candidate : methods) {
            if ((candidate & 0xFF) == method) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "TestSocks5Proxy[127.0.0.1:" + port() + "]";
    }

}
