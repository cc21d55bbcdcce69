package dev.atlanspring.client.asset;

import java.util.Objects;

import dev.atlanspring.client.http.AtlanRequest;

/**
 * How a save treats the Atlan tags and custom metadata of assets that already exist. Sent, always and all four, as
 * the query parameters Atlan's bulk upsert reads: {@code replaceTags}, {@code appendTags},
 * {@code replaceBusinessAttributes} and {@code overwriteBusinessAttributes}.
 *
 * @param tags what to do with existing assets' tags
 * @param customMetadata what to do with existing assets' custom metadata
 */
public record SaveOptions(TagHandling tags, CustomMetadataHandling customMetadata) {

    /** Atlan's defaults: existing tags and custom metadata are left as they are. */
    public static final SaveOptions DEFAULT = new SaveOptions(TagHandling.IGNORE, CustomMetadataHandling.IGNORE);

    /**
     * Checks the parts.
     */
    public SaveOptions {
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(customMetadata, "customMetadata");
    }

    /**
     * Returns these options with another treatment of tags.
     * @param tags what to do with existing assets' tags
     * @return the options
     */
    public SaveOptions withTags(TagHandling tags) {
        return new SaveOptions(tags, this.customMetadata);
    }

    /**
     * Returns these options with another treatment of custom metadata.
     * @param customMetadata what to do with existing assets' custom metadata
     * @return the options
     */
    public SaveOptions withCustomMetadata(CustomMetadataHandling customMetadata) {
        return new SaveOptions(this.tags, customMetadata);
    }

    void addTo(AtlanRequest.Builder request) {
        request.query("replaceTags", this.tags == TagHandling.REPLACE)
            .query("appendTags", this.tags == TagHandling.APPEND)
            .query("replaceBusinessAttributes", this.customMetadata != CustomMetadataHandling.IGNORE)
            .query("overwriteBusinessAttributes", this.customMetadata == CustomMetadataHandling.REPLACE);
    }

}
