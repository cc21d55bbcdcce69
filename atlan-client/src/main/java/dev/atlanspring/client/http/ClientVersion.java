package dev.atlanspring.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The starter's version, for the {@code User-Agent} header. Maven writes it into a resource at build time.
 */
final class ClientVersion {

    private static final String VERSION = load();

    private ClientVersion() {
    }

    static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ClientVersion.class.getResourceAsStream("atlan-client.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version");
                if (version != null && !version.isBlank() && !version.startsWith("@")) {
                    return version.trim();
                }
            }
        }
        catch (IOException ex) {
            // Fall through: an unknown version must not stop the client.
        }
        return "unknown";
    }

}
