package dev.atlanspring.client.asset;

/**
 * The certificate of an asset, as Atlan stores it in the {@code certificateStatus} attribute.
 */
public enum CertificateStatus {

    /** Trusted: ready for use. */
    VERIFIED,

    /** Work in progress. */
    DRAFT,

    /** No longer to be used. */
    DEPRECATED

}
