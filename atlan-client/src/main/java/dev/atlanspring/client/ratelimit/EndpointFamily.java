package dev.atlanspring.client.ratelimit;

import org.jspecify.annotations.Nullable;

/**
 * The groups of Atlan endpoints that Atlan rate-limits separately. The nginx in front of every Atlan tenant
 * (atlas-metastore {@code helm/atlas/templates/nginx-cm.yaml}) has one {@code limit_req} zone for index search, one
 * for bulk entity requests and one for the rest of the metadata API; the other services ({@code /api/service/...},
 * such as users and OAuth tokens) are not limited there.
 */
public enum EndpointFamily {

    /** {@code POST /api/meta/search/indexsearch}: searches and their pages. */
    INDEX_SEARCH("index-search"),

    /** {@code /api/meta/entity/bulk}, any method: batch saves and deletes. */
    BULK("bulk"),

    /** Every other path under {@code /api/meta/} and {@code /api/atlas/}. */
    OTHER("other");

    private final String tag;

    EndpointFamily(String tag) {
        this.tag = tag;
    }

    /**
     * Returns the family's name in properties, metric tags and messages, such as {@code index-search}.
     * @return the name
     */
    public String tag() {
        return this.tag;
    }

    /**
     * Finds the family of a path as Atlan's nginx does: its exact locations first, then its prefixes.
     * @param path a path or URI template below the base URL, such as {@code /api/meta/entity/guid/{guid}}
     * @return the family, or {@code null} for a path Atlan does not rate-limit
     */
    public static @Nullable EndpointFamily of(String path) {
        return switch (path) {
            case "/api/meta/search/indexsearch", "/api/atlas/v2/search/indexsearch" -> INDEX_SEARCH;
            case "/api/meta/entity/bulk", "/api/atlas/v2/entity/bulk" -> BULK;
            default -> (path.startsWith("/api/meta/") || path.startsWith("/api/atlas/")) ? OTHER : null;
        };
    }

}
