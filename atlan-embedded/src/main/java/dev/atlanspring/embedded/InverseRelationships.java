package dev.atlanspring.embedded;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps both ends of the glossary relationships in step, as Atlas does with its relationship edges: the write
 * names one end, and the other end's entity lists it too. Assigning a term to an asset (its {@code meanings}) puts
 * the asset under the term's {@code assignedEntities}; a term's or category's {@code anchor} lists it under the
 * glossary's {@code terms} or {@code categories}; a category's {@code parentCategory} lists it under the parent's
 * {@code childrenCategories}; a term's {@code categories} list it under each category's {@code terms}. Taking a
 * reference away takes it from the other end too. The other end is not reported as updated, and its version stays,
 * since only a relationship edge changed.
 */
final class InverseRelationships {

    /** One end a client writes, and the end Atlas shows on the entity it points at. */
    private record End(String ownerType, String attribute, String relationshipType, String inverse) {

        boolean appliesTo(String typeName) {
            return ownerType == null || ownerType.equals(typeName);
        }
    }

    private static final List<End> ENDS = List.of(
            new End(null, "meanings", "AtlasGlossarySemanticAssignment", "assignedEntities"),
            new End(GlossaryRules.TERM, "anchor", "AtlasGlossaryTermAnchor", "terms"),
            new End(GlossaryRules.CATEGORY, "anchor", "AtlasGlossaryCategoryAnchor", "categories"),
            new End(GlossaryRules.CATEGORY, "parentCategory", "AtlasGlossaryCategoryHierarchyLink",
                    "childrenCategories"),
            new End(GlossaryRules.TERM, "categories", "AtlasGlossaryTermCategorization", "terms"));

    private InverseRelationships() {
    }

    /**
     * Updates the other ends of what this request wrote, adding the updated entities to {@code pending}.
     *
     * @param pending  the entities this request writes, by GUID
     * @param previous finds an entity as it was stored before this request
     */
    static void mirror(Map<String, StoredEntity> pending, Function<String, StoredEntity> previous) {
        for (String guid : new ArrayList<>(pending.keySet())) {
            StoredEntity after = pending.get(guid);
            StoredEntity before = previous.apply(guid);
            for (End end : ENDS) {
                if (!end.appliesTo(after.typeName)) {
                    continue;
                }
                JsonNode now = after.relationshipAttributes.get(end.attribute);
                JsonNode then = before == null ? null : before.relationshipAttributes.get(end.attribute);
                if (now == null && then == null) {
                    continue;
                }
                Set<String> added = guids(now);
                Set<String> removed = guids(then);
                added.removeAll(guids(then));
                removed.removeAll(guids(now));
                for (JsonNode ref : refs(now)) {
                    String target = Json.text(ref, "guid");
                    if (added.contains(target)) {
                        link(pending, previous, after, (ObjectNode) ref, end);
                    }
                }
                for (String target : removed) {
                    unlink(pending, previous, after.guid, target, end);
                }
            }
        }
    }

    private static void link(Map<String, StoredEntity> pending, Function<String, StoredEntity> previous,
            StoredEntity owner, ObjectNode ref, End end) {
        StoredEntity target = current(pending, previous, Json.text(ref, "guid"));
        if (target == null) {
            return;
        }
        if (!ref.hasNonNull("relationshipType")) {
            ref.put("relationshipType", end.relationshipType);
        }
        if (!ref.hasNonNull("relationshipGuid")) {
            String seed = end.relationshipType + ":" + owner.guid + ":" + target.guid;
            ref.put("relationshipGuid", UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString());
        }
        if (!ref.hasNonNull("relationshipStatus")) {
            ref.put("relationshipStatus", StoredEntity.ACTIVE);
        }
        ArrayNode list = Json.array();
        refs(target.relationshipAttributes.get(end.inverse)).forEach(list::add);
        if (guids(list).contains(owner.guid)) {
            return;
        }
        ObjectNode back = owner.reference();
        back.put("relationshipType", end.relationshipType);
        back.put("relationshipGuid", Json.text(ref, "relationshipGuid"));
        back.put("relationshipStatus", StoredEntity.ACTIVE);
        list.add(back);
        ObjectNode relationships = target.relationshipAttributes.deepCopy();
        relationships.set(end.inverse, list);
        pending.put(target.guid, withRelationships(target, relationships));
    }

    private static void unlink(Map<String, StoredEntity> pending, Function<String, StoredEntity> previous,
            String ownerGuid, String targetGuid, End end) {
        StoredEntity target = current(pending, previous, targetGuid);
        if (target == null || !guids(target.relationshipAttributes.get(end.inverse)).contains(ownerGuid)) {
            return;
        }
        ArrayNode kept = Json.array();
        for (JsonNode ref : refs(target.relationshipAttributes.get(end.inverse))) {
            if (!ownerGuid.equals(Json.text(ref, "guid"))) {
                kept.add(ref);
            }
        }
        ObjectNode relationships = target.relationshipAttributes.deepCopy();
        relationships.set(end.inverse, kept);
        pending.put(target.guid, withRelationships(target, relationships));
    }

    private static StoredEntity current(Map<String, StoredEntity> pending, Function<String, StoredEntity> previous,
            String guid) {
        if (guid == null) {
            return null;
        }
        StoredEntity entity = pending.get(guid);
        return entity != null ? entity : previous.apply(guid);
    }

    private static StoredEntity withRelationships(StoredEntity e, ObjectNode relationships) {
        return new StoredEntity(e.seq, e.guid, e.typeName, e.status, e.createdBy, e.updatedBy, e.createTime,
                e.updateTime, e.version, e.attributes, relationships, e.classifications, e.meanings, e.labels,
                e.businessAttributes);
    }

    private static List<JsonNode> refs(JsonNode value) {
        List<JsonNode> refs = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(ref -> {
                if (ref.isObject()) {
                    refs.add(ref);
                }
            });
        } else if (value != null && value.isObject()) {
            refs.add(value);
        }
        return refs;
    }

    private static Set<String> guids(JsonNode value) {
        Set<String> guids = new LinkedHashSet<>();
        for (JsonNode ref : refs(value)) {
            String guid = Json.text(ref, "guid");
            if (guid != null) {
                guids.add(guid);
            }
        }
        return guids;
    }
}
