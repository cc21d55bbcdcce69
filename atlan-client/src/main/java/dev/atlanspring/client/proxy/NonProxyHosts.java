package dev.atlanspring.client.proxy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The hosts reached directly, bypassing the proxy, matched as curl matches {@code NO_PROXY}: {@code *} matches every
 * host; {@code example.com}, {@code .example.com} and {@code *.example.com} match example.com and every host below
 * it; an IP address matches that address and a CIDR block ({@code 10.0.0.0/8}) every address in it; a
 * {@code :port} suffix limits an entry to that port. Case does not matter and nothing is looked up in DNS.
 *
 * @param entries the entries as given, trimmed, without blanks
 */
public record NonProxyHosts(List<String> entries) {

    /** No host bypasses the proxy. */
    public static final NonProxyHosts NONE = new NonProxyHosts(List.of());

    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    /**
     * Copies the entries.
     */
    public NonProxyHosts {
        entries = List.copyOf(entries);
    }

    /**
     * Reads entries, each of which may itself be a comma-separated list as in {@code NO_PROXY}.
     * @param entries the entries, such as {@code ["localhost", ".corp.example.com,10.0.0.0/8"]}
     * @return the hosts
     */
    public static NonProxyHosts of(Collection<String> entries) {
        List<String> parsed = new ArrayList<>();
        for (String entry : entries) {
            if (entry == null) {
                continue;
            }
            for (String part : entry.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    parsed.add(part.trim());
                }
            }
        }
        return new NonProxyHosts(parsed);
    }

    /**
     * Reads a comma-separated list, as in {@code NO_PROXY}.
     * @param list the list, or {@code null}
     * @return the hosts
     */
    public static NonProxyHosts parse(@Nullable String list) {
        return (list != null) ? of(List.of(list)) : NONE;
    }

    /**
     * Tells whether a host is reached directly.
     * @param host a host name or IP address (an IPv6 address with or without brackets)
     * @param port the port it is reached on
     * @return {@code true} when an entry matches it
     */
    public boolean matches(String host, int port) {
        String target = normalize(host);
        byte[] targetAddress = literal(target);
        for (String entry : this.entries) {
            if (matches(entry.toLowerCase(Locale.ROOT), target, targetAddress, port)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether there are no entries.
     * @return {@code true} when every host goes through the proxy
     */
    public boolean isEmpty() {
        return this.entries.isEmpty();
    }

    private static boolean matches(String entry, String host, byte @Nullable [] hostAddress, int port) {
        if (entry.equals("*")) {
            return true;
        }
        String pattern = entry;
        int entryPort = -1;
        if (pattern.startsWith("[")) {
            int close = pattern.indexOf(']');
            if (close < 0) {
                return false;
            }
            String after = pattern.substring(close + 1);
            if (after.startsWith(":") && after.substring(1).matches("[0-9]{1,5}")) {
                entryPort = Integer.parseInt(after.substring(1));
            }
            pattern = pattern.substring(1, close);
        }
        else if (pattern.indexOf(':') == pattern.lastIndexOf(':') && pattern.indexOf(':') >= 0) {
            // One colon: host:port. Several: an IPv6 address without brackets, which has no port.
            String portText = pattern.substring(pattern.indexOf(':') + 1);
            if (!portText.matches("[0-9]{1,5}")) {
                return false;
            }
            entryPort = Integer.parseInt(portText);
            pattern = pattern.substring(0, pattern.indexOf(':'));
        }
        if (entryPort >= 0 && entryPort != port) {
            return false;
        }
        int slash = pattern.indexOf('/');
        if (slash >= 0) {
            return hostAddress != null && inBlock(hostAddress, pattern.substring(0, slash), pattern.substring(slash + 1));
        }
        byte[] entryAddress = literal(pattern);
        if (entryAddress != null || hostAddress != null) {
            return entryAddress != null && hostAddress != null && Arrays.equals(entryAddress, hostAddress);
        }
        String domain = pattern.startsWith("*.") ? pattern.substring(2)
                : pattern.startsWith(".") ? pattern.substring(1) : pattern;
        domain = normalize(domain);
        return !domain.isEmpty() && (host.equals(domain) || host.endsWith("." + domain));
    }

    private static boolean inBlock(byte[] address, String network, String prefixText) {
        byte[] block = literal(network);
        if (block == null || block.length != address.length || !prefixText.matches("[0-9]{1,3}")) {
            return false;
        }
        int prefix = Integer.parseInt(prefixText);
        if (prefix > block.length * 8) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((block[bit / 8] & mask) != (address[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    private static String normalize(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** The bytes of an IP literal; {@code null} for a host name, which is never looked up. */
    private static byte @Nullable [] literal(String text) {
        if (IPV4.matcher(text).matches()) {
            String[] octets = text.split("\\.");
            byte[] address = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(octets[i]);
                if (octet > 255) {
                    return null;
                }
                address[i] = (byte) octet;
            }
            return address;
        }
        if (text.indexOf(':') < 0 || !text.matches("[0-9a-f:.]+")) {
            return null;
        }
        try {
            // In brackets, an invalid IPv6 literal fails at once instead of being looked up as a host name.
            return InetAddress.getByName("[" + text + "]").getAddress();
        }
        catch (UnknownHostException ex) {
            return null;
        }
    }

}
