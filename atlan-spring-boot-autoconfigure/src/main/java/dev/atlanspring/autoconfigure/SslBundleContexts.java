package dev.atlanspring.autoconfigure;

import javax.net.ssl.SSLException;

import dev.atlanspring.client.ClientSetting;
import dev.atlanspring.client.InvalidSettingException;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslManagerBundle;
import org.springframework.boot.ssl.SslOptions;

/**
 * Turns the SSL bundle a tenant names in {@code atlan.ssl.bundle} into the Netty {@link SslContext} its client
 * connects with: the bundle's trust managers verify the tenant, its key managers present a client certificate, and
 * its ciphers and protocols apply. Host names are still verified.
 */
final class SslBundleContexts {

    private final ObjectProvider<SslBundles> sslBundles;

    SslBundleContexts(ObjectProvider<SslBundles> sslBundles) {
        this.sslBundles = sslBundles;
    }

    /**
     * Builds the context of a bundle.
     * @param name the bundle's name
     * @return the context
     * @throws InvalidSettingException naming {@link ClientSetting#SSL_BUNDLE} when there is no such bundle or it
     * cannot be used
     */
    SslContext forBundle(String name) {
        SslBundles bundles = this.sslBundles.getIfAvailable();
        if (bundles == null) {
            throw new InvalidSettingException(ClientSetting.SSL_BUNDLE,
                    "The SSL bundle '" + name + "' is named but no SSL bundles are available.",
                    "Keep Spring Boot's SslAutoConfiguration enabled and define the bundle under"
                            + " spring.ssl.bundle.pem." + name + " or spring.ssl.bundle.jks." + name + ".");
        }
        SslBundle bundle;
        try {
            bundle = bundles.getBundle(name);
        }
        catch (NoSuchSslBundleException ex) {
            String known = bundles.getBundleNames().isEmpty() ? "none is configured"
                    : "configured: " + String.join(", ", bundles.getBundleNames());
            throw new InvalidSettingException(ClientSetting.SSL_BUNDLE,
                    "There is no SSL bundle named '" + name + "' (" + known + ").",
                    "Define it under spring.ssl.bundle.pem." + name + " (PEM certificates) or spring.ssl.bundle.jks."
                            + name + " (a trust store), or name a configured bundle.");
        }
        try {
            SslManagerBundle managers = bundle.getManagers();
            SslOptions options = bundle.getOptions();
            return SslContextBuilder.forClient()
                .keyManager(managers.getKeyManagerFactory())
                .trustManager(managers.getTrustManagerFactory())
                .ciphers(SslOptions.asSet(options.getCiphers()))
                .protocols(options.getEnabledProtocols())
                .build();
        }
        catch (SSLException | RuntimeException ex) {
            throw new InvalidSettingException(ClientSetting.SSL_BUNDLE,
                    "The SSL bundle '" + name + "' cannot be used for TLS: " + ex.getMessage(),
                    "Check the bundle's certificates, keys and options under spring.ssl.bundle.");
        }
    }

}
