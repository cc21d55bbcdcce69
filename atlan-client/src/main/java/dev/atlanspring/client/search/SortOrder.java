package dev.atlanspring.client.search;

import java.util.Locale;

/**
 * The direction of a sort.
 */
public enum SortOrder {

    /** Smallest first. */
    ASC,
    /** Largest first. */
    DESC;

    /**
     * Returns the value Elasticsearch expects.
     * @return {@code asc} or {@code desc}
     */
    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

}
