package dev.atlanspring.client.asset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.atlanspring.client.json.OtherFields;
import org.jspecify.annotations.Nullable;

/**
 * What a save or delete changed. Atlan lists each changed asset in short form (type, GUID, status, qualified name
 * and name) under the kind of change it underwent.
 *
 * @param created the assets created
 * @param updated the assets updated
 * @param partiallyUpdated the assets partially updated (only some of their attributes)
 * @param deleted the assets deleted
 * @param guidAssignments for each placeholder GUID sent (negative, such as {@code -1}), the GUID Atlan assigned
 * @param otherFields what else Atlan's answer held, as it came: top-level fields such as
 * {@code partialUpdatedEntities}, and under {@code mutatedEntities} the kinds of change this record has no list
 * for (such as {@code PURGE})
 */
public record MutationResult(List<Asset> created, List<Asset> updated, List<Asset> partiallyUpdated,
        List<Asset> deleted, Map<String, String> guidAssignments, Map<String, @Nullable Object> otherFields)
        implements OtherFields {

    /**
     * A result with nothing besides the four kinds of change and the GUID assignments.
     * @param created the assets created
     * @param updated the assets updated
     * @param partiallyUpdated the assets partially updated
     * @param deleted the assets deleted
     * @param guidAssignments for each placeholder GUID sent, the GUID Atlan assigned
     */
    public MutationResult(@Nullable List<Asset> created, @Nullable List<Asset> updated,
            @Nullable List<Asset> partiallyUpdated, @Nullable List<Asset> deleted,
            @Nullable Map<String, String> guidAssignments) {
        this(created, updated, partiallyUpdated, deleted, guidAssignments, null);
    }

    /**
     * Copies everything so the result stays immutable.
     */
    public MutationResult {
        created = copy(created);
        updated = copy(updated);
        partiallyUpdated = copy(partiallyUpdated);
        deleted = copy(deleted);
        guidAssignments = (guidAssignments != null) ? Map.copyOf(guidAssignments) : Map.of();
        otherFields = OtherFields.copy(otherFields);
    }

    private static List<Asset> copy(@Nullable List<Asset> assets) {
        return (assets != null) ? List.copyOf(assets) : List.of();
    }

    /**
     * Returns the GUID Atlan assigned to an asset sent with a placeholder GUID.
     * @param placeholder the placeholder, such as {@code -1}
     * @return the assigned GUID, or {@code null} when the placeholder was not assigned
     */
    public @Nullable String assignedGuid(String placeholder) {
        return this.guidAssignments.get(placeholder);
    }

    /**
     * Returns this result together with another, as if both changes were one.
     * @param other another result
     * @return the combined result
     */
    public MutationResult and(MutationResult other) {
        return new MutationResult(concat(this.created, other.created), concat(this.updated, other.updated),
                concat(this.partiallyUpdated, other.partiallyUpdated), concat(this.deleted, other.deleted),
                mergeMaps(this.guidAssignments, other.guidAssignments), mergeMaps(this.otherFields, other.otherFields));
    }

    private static List<Asset> concat(List<Asset> first, List<Asset> second) {
        List<Asset> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static <V> Map<String, V> mergeMaps(Map<String, V> first, Map<String, V> second) {
        Map<String, V> all = new LinkedHashMap<>(first);
        all.putAll(second);
        return all;
    }

    /**
     * Returns the GUIDs of the assets deleted. Atlan skips a GUID that does not exist (and an asset already
     * soft-deleted) without an error, so comparing these with the GUIDs asked for tells what was not deleted.
     * @return the GUIDs, in the order Atlan listed them
     */
    public java.util.Set<String> deletedGuids() {
        java.util.Set<String> guids = new java.util.LinkedHashSet<>();
        this.deleted.forEach((asset) -> {
            if (asset.guid() != null) {
                guids.add(asset.guid());
            }
        });
        return java.util.Collections.unmodifiableSet(guids);
    }

    /**
     * Tells whether nothing changed.
     * @return {@code true} when no asset was created, updated or deleted
     */
    public boolean isEmpty() {
        return this.created.isEmpty() && this.updated.isEmpty() && this.partiallyUpdated.isEmpty()
                && this.deleted.isEmpty();
    }

}
