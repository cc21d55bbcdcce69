package dev.atlanspring.embedded;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How Atlan applies the tags of a bulk upsert, after atlas-metastore's {@code EntityGraphMapper}
 * ({@code mapAttributesAndClassifications}), {@code AtlasEntityComparator.getDiffResult} and
 * {@code AtlasEntityUtils.getTagsDiffForReplace/ForAppend}:
 * <ul>
 * <li>A new entity gets {@code classifications}; with {@code appendTags=true} a non-empty
 *     {@code addOrUpdateClassifications} stands in for them. {@code removeClassifications} is ignored.</li>
 * <li>An existing entity's tags change only when a flag says so: {@code replaceClassifications} replaces its own
 *     tags with {@code classifications}; {@code replaceTags} diffs them against {@code classifications};
 *     {@code appendTags} reads only {@code addOrUpdateClassifications} and {@code removeClassifications}. With no
 *     flag every tag list is ignored.</li>
 * <li>Tags propagated from another entity ({@code entityGuid} names it) are never touched.</li>
 * <li>A tag added without its propagation flags gets the server's defaults ({@code AtlasConfiguration
 *     CLASSIFICATION_PROPAGATION_DEFAULT}, {@code GraphHelper.getDefaultRemovePropagations}): it
 *     <em>propagates</em>, its propagations go when the entity is deleted, and nothing restricts them. An update
 *     that leaves a flag out keeps the tag's current value ({@code normalizeClassificationFlagsForUpdate}).</li>
 * </ul>
 */
final class TagWrites {

    static final String PROPAGATE = "propagate";
    static final String REMOVE_PROPAGATIONS = "removePropagationsOnEntityDelete";
    static final String RESTRICT_LINEAGE = "restrictPropagationThroughLineage";
    static final String RESTRICT_HIERARCHY = "restrictPropagationThroughHierarchy";

    private static final Map<String, Boolean> SERVER_DEFAULTS = Map.of(PROPAGATE, true, REMOVE_PROPAGATIONS, true,
            RESTRICT_LINEAGE, false, RESTRICT_HIERARCHY, false);

    /** Which of Atlan's tag flags a request set; at most one may be. */
    enum Mode {
        /** No flag: existing entities' tags stay as they are. */
        NONE,
        /** {@code replaceClassifications}: an existing entity's own tags become those sent. */
        REPLACE_ALL,
        /** {@code replaceTags}: the same, as a diff that updates tags in place. */
        REPLACE,
        /** {@code appendTags}: add or update {@code addOrUpdateClassifications}, drop {@code removeClassifications}. */
        APPEND,
        /** Direct loads and seeding, not HTTP: what is sent replaces what is there. */
        LOAD
    }

    private TagWrites() {
    }

    /** The tags of a new entity. */
    static ArrayNode forNewEntity(Mode mode, ArrayNode classifications, ArrayNode addOrUpdate, String guid) {
        ArrayNode sent = (mode == Mode.APPEND && addOrUpdate != null && !addOrUpdate.isEmpty()) ? addOrUpdate
                : classifications;
        if (sent == null) {
            return null;
        }
        ArrayNode tags = Json.array();
        sent.forEach(tag -> tags.add(added(tag, guid)));
        return tags;
    }

    /** The tags of an existing entity after the write. */
    static ArrayNode forExistingEntity(Mode mode, ArrayNode existing, ArrayNode classifications,
            ArrayNode addOrUpdate, ArrayNode remove, String guid) {
        switch (mode) {
            case NONE:
                return existing;
            case LOAD:
                return classifications != null ? forNewEntity(mode, classifications, null, guid) : existing;
            case REPLACE_ALL: {
                ArrayNode tags = propagated(existing, guid);
                if (classifications != null) {
                    classifications.forEach(tag -> tags.add(added(tag, guid)));
                }
                return tags;
            }
            case REPLACE: {
                Map<String, ObjectNode> own = own(existing, guid);
                ArrayNode tags = propagated(existing, guid);
                if (classifications != null) {
                    classifications.forEach(tag -> tags.add(addedOrUpdated(tag, own, guid)));
                }
                return tags;
            }
            case APPEND: {
                Map<String, ObjectNode> own = own(existing, guid);
                Map<String, ObjectNode> next = new LinkedHashMap<>(own);
                if (addOrUpdate != null) {
                    addOrUpdate.forEach(tag -> next.put(Json.text(tag, "typeName"), addedOrUpdated(tag, own, guid)));
                }
                if (remove != null) {
                    // Removing a tag the entity does not have is silently ignored, as in AtlasEntityUtils.
                    remove.forEach(tag -> next.remove(Json.text(tag, "typeName")));
                }
                ArrayNode tags = propagated(existing, guid);
                next.values().forEach(tags::add);
                return tags;
            }
            default:
                throw new IllegalStateException("Unknown tag mode " + mode);
        }
    }

    /** The entity's own tags, by hashed name. */
    private static Map<String, ObjectNode> own(ArrayNode existing, String guid) {
        Map<String, ObjectNode> own = new LinkedHashMap<>();
        for (JsonNode tag : existing) {
            if (isOwn(tag, guid)) {
                own.put(Json.text(tag, "typeName"), (ObjectNode) tag);
            }
        }
        return own;
    }

    private static ArrayNode propagated(ArrayNode existing, String guid) {
        ArrayNode propagated = Json.array();
        for (JsonNode tag : existing) {
            if (!isOwn(tag, guid)) {
                propagated.add(tag);
            }
        }
        return propagated;
    }

    private static boolean isOwn(JsonNode tag, String guid) {
        String entityGuid = Json.text(tag, "entityGuid");
        return entityGuid == null || entityGuid.equals(guid);
    }

    private static ObjectNode addedOrUpdated(JsonNode tag, Map<String, ObjectNode> own, String guid) {
        ObjectNode current = own.get(Json.text(tag, "typeName"));
        if (current == null) {
            return added(tag, guid);
        }
        ObjectNode updated = stamped(tag, guid);
        SERVER_DEFAULTS.keySet().forEach(flag -> {
            if (!updated.hasNonNull(flag) && current.has(flag)) {
                updated.set(flag, current.get(flag));
            }
        });
        return updated;
    }

    private static ObjectNode added(JsonNode tag, String guid) {
        ObjectNode added = stamped(tag, guid);
        SERVER_DEFAULTS.forEach((flag, value) -> {
            if (!added.hasNonNull(flag)) {
                added.put(flag, value);
            }
        });
        return added;
    }

    /** Atlan records on each tag which entity it sits on; clients rarely send that. */
    private static ObjectNode stamped(JsonNode tag, String guid) {
        ObjectNode copy = ((ObjectNode) tag).deepCopy();
        if (!copy.hasNonNull("entityGuid")) {
            copy.put("entityGuid", guid);
        }
        if (!copy.hasNonNull("entityStatus")) {
            copy.put("entityStatus", StoredEntity.ACTIVE);
        }
        return copy;
    }

}
