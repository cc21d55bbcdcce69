package dev.atlanspring.client.lineage;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which way lineage is read from an asset. Atlan's lineage list API takes one direction at a time; on the wire
 * upstream is {@code INPUT} and downstream {@code OUTPUT} (atlas-metastore {@code LineageListRequest.LineageDirection},
 * pyatlan {@code LineageDirection}).
 */
public enum LineageDirection {

    /** Towards the asset's sources: the processes that wrote it and the assets they read. */
    UPSTREAM("INPUT"),

    /** Towards what is made from the asset: the processes that read it and the assets they write. */
    DOWNSTREAM("OUTPUT");

    private final String wireValue;

    LineageDirection(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * Returns how Atlan names the direction.
     * @return {@code INPUT} or {@code OUTPUT}
     */
    @JsonValue
    public String wireValue() {
        return this.wireValue;
    }

}
