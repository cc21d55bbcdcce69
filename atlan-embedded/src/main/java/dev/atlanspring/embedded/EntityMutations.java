package dev.atlanspring.embedded;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Atlan's write semantics: bulk upsert by (typeName, qualifiedName) and bulk delete.
 *
 * <p>A request is validated completely before anything is written, so a bad entity at index 7
 * leaves the first six untouched, as a transaction would in Atlan.
 */
final class EntityMutations {

    /** How {@code DELETE /api/meta/entity/bulk} deletes. */
    enum DeleteType {
        SOFT, HARD, PURGE;

        static DeleteType parse(String value) {
            if (value == null || value.isBlank()) {
                return SOFT;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw AtlanError.invalidParameters("deleteType must be SOFT, HARD or PURGE, was " + value);
            }
        }
    }

    /** One validated entity of a bulk request; its JSON is already a private copy. */
    private record Input(int index, String givenGuid, String typeName, String qualifiedName, ObjectNode attributes,
            ObjectNode relationshipAttributes, ObjectNode appendRelationships, ObjectNode removeRelationships,
            ArrayNode classifications, ArrayNode addOrUpdateClassifications,
            ArrayNode removeClassifications, ArrayNode meanings, ArrayNode labels, ObjectNode businessAttributes,
            String status) {

        String displayText() {
            String name = Json.text(attributes, "name");
            return name != null ? name : qualifiedName;
        }
    }

    private final EntityStore store;
    private final TypeRegistry types;
    private final LongSupplier clock;

    EntityMutations(EntityStore store, TypeRegistry types, LongSupplier clock) {
        this.store = store;
        this.types = types;
        this.clock = clock;
    }

    /**
     * Creates or updates entities.
     *
     * @param honourGivenGuids keep a real-looking GUID of a new entity (for seeding and test loads);
     *                         over HTTP, as in Atlan, a new entity always gets a fresh GUID
     */
    MutationResult upsert(JsonNode entities, boolean honourGivenGuids, String user) {
        return upsert(entities, honourGivenGuids, user, UpsertOptions.LENIENT);
    }

    /** Creates or updates entities, treating existing entities' tags and custom metadata as the options say. */
    MutationResult upsert(JsonNode entities, boolean honourGivenGuids, String user, UpsertOptions options) {
        List<Input> inputs = validate(entities);
        return store.write(() -> apply(inputs, honourGivenGuids, user, options));
    }

    /**
     * Atlas's partial update by unique attribute: only the attributes sent change, nothing else; the entity
     * must exist (a super type finds its sub types' entities).
     */
    MutationResult partialUpdate(String typeName, String qualifiedName, JsonNode entity, String user) {
        JsonNode attributes = entity == null ? null : entity.get("attributes");
        if (attributes == null || !attributes.isObject()) {
            throw AtlanError.badRequest("entity.attributes must be an object of the attributes to change");
        }
        return store.write(() -> {
            StoredEntity existing = null;
            for (String type : types.typeAndSubTypes(typeName)) {
                existing = existing != null ? existing : store.findByQualifiedName(type, qualifiedName);
            }
            if (existing == null) {
                throw AtlanError.uniqueAttributeNotFound(typeName, qualifiedName);
            }
            ObjectNode merged = existing.attributes.deepCopy();
            attributes.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
            merged.put("qualifiedName", existing.qualifiedName);
            MutationResult result = new MutationResult();
            if (!merged.equals(existing.attributes)) {
                StoredEntity next = new StoredEntity(existing.seq, existing.guid, existing.typeName, existing.status,
                        existing.createdBy, user, existing.createTime, clock.getAsLong(), existing.version + 1, merged,
                        existing.relationshipAttributes, existing.classifications, existing.meanings, existing.labels,
                        existing.businessAttributes);
                store.put(next);
                result.partiallyUpdated.add(next);
            }
            return result;
        });
    }

    /**
     * Deletes entities as {@code AtlasEntityStoreV2.deleteByIds} does: a GUID that does not exist is skipped, not an
     * error, and so is an entity already soft-deleted unless it is purged; what was skipped is simply not in the
     * result, which is {@code {}} when nothing was deleted.
     */
    MutationResult delete(List<String> guids, DeleteType deleteType, String user) {
        if (guids.isEmpty()) {
            throw AtlanError.invalidParameters("Guid(s) not specified");
        }
        return store.write(() -> {
            long now = clock.getAsLong();
            MutationResult result = new MutationResult();
            for (String guid : new LinkedHashSet<>(guids)) {
                StoredEntity existing = store.get(guid);
                if (existing == null || (existing.isDeleted() && deleteType != DeleteType.PURGE)) {
                    continue;
                }
                if (deleteType == DeleteType.SOFT) {
                    StoredEntity deleted = existing.withStatus(StoredEntity.DELETED, user, now);
                    store.put(deleted);
                    result.deleted.add(deleted);
                } else {
                    store.remove(guid);
                    result.deleted.add(existing.isDeleted() ? existing
                            : existing.withStatus(StoredEntity.DELETED, user, now));
                }
            }
            return result;
        });
    }

    private List<Input> validate(JsonNode entities) {
        if (entities == null || !entities.isArray()) {
            throw AtlanError.badRequest("entities must be a list of entities");
        }
        if (entities.isEmpty()) {
            throw AtlanError.badRequest("entities must not be empty");
        }
        List<Input> inputs = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i++) {
            JsonNode entity = entities.get(i);
            try {
                inputs.add(validate(entity, i));
            } catch (AtlanError e) {
                // Atlan names the failing entity by the GUID the client sent, its placeholder for a new one
                // (AtlasEntityStoreV2.preCreateOrUpdate, EntityGraphMapper.setEntityGuidToException).
                throw e.withEntityGuid(entity.isObject() ? Json.text(entity, "guid") : null);
            }
        }
        return inputs;
    }

    private Input validate(JsonNode entity, int index) {
        String where = "entities[" + index + "]";
        if (!entity.isObject()) {
            throw AtlanError.badRequest(where + " must be an object");
        }
        String typeName = Json.text(entity, "typeName");
        if (Json.isBlank(typeName)) {
            throw AtlanError.badRequest(where + ": typeName is required");
        }
        JsonNode attributes = entity.get("attributes");
        String qualifiedName = Json.text(attributes, "qualifiedName");
        if (attributes == null || !attributes.isObject() || Json.isBlank(qualifiedName)) {
            throw AtlanError.missingQualifiedName(where + " (" + typeName + ")");
        }
        ArrayNode classifications = tags(entity, "classifications", where);
        ArrayNode addOrUpdate = tags(entity, "addOrUpdateClassifications", where);
        ArrayNode remove = tags(entity, "removeClassifications", where);
        ArrayNode labels = optionalArray(entity, "labels", where);
        if (labels != null && labels.valueStream().anyMatch(label -> !label.isString())) {
            throw AtlanError.badRequest(where + ".labels must be a list of strings");
        }
        String status = Json.text(entity, "status");
        if (status != null && !status.equals(StoredEntity.ACTIVE) && !status.equals(StoredEntity.DELETED)) {
            throw AtlanError.badRequest(where + ".status must be ACTIVE or DELETED, was " + status);
        }
        ObjectNode ownAttributes = ((ObjectNode) attributes).deepCopy();
        ObjectNode relationships = GlossaryRules.compact(typeName, ownAttributes,
                optionalObject(entity, "relationshipAttributes", where));
        return new Input(index, givenGuid(entity.get("guid"), where), typeName, qualifiedName,
                ownAttributes, relationships,
                optionalObject(entity, "appendRelationshipAttributes", where),
                optionalObject(entity, "removeRelationshipAttributes", where),
                classifications, addOrUpdate, remove, optionalArray(entity, "meanings", where), labels,
                optionalObject(entity, "businessAttributes", where), status);
    }

    private MutationResult apply(List<Input> inputs, boolean honourGivenGuids, String user, UpsertOptions options) {
        long now = clock.getAsLong();
        MutationResult result = new MutationResult();
        // Sized up front: a test load of 200,000 entities otherwise spends its time rehashing.
        Map<String, String> batchGuidsByKey = new HashMap<>(capacityFor(inputs.size()));
        String[] guids = new String[inputs.size()];
        boolean hasReferences = false;
        for (Input input : inputs) {
            String key = key(input.typeName, input.qualifiedName);
            String guid = targetGuid(input, key, honourGivenGuids, batchGuidsByKey, result.guidAssignments);
            guids[input.index] = guid;
            batchGuidsByKey.put(key, guid);
            hasReferences |= input.relationshipAttributes != null || input.meanings != null
                    || input.appendRelationships != null || input.removeRelationships != null;
        }
        ReferenceResolver references = hasReferences ? new ReferenceResolver(store, result.guidAssignments,
                batchGuidsByKey, batchTargets(inputs, guids)) : null;
        Map<String, StoredEntity> pending = new LinkedHashMap<>(capacityFor(inputs.size()));
        Set<String> created = new LinkedHashSet<>(capacityFor(inputs.size()));
        Set<String> updated = new LinkedHashSet<>();
        for (Input input : inputs) {
            String guid = guids[input.index];
            StoredEntity existing = pending.containsKey(guid) ? pending.get(guid) : store.get(guid);
            ObjectNode relationships = input.relationshipAttributes == null ? null
                    : references.resolve(input.relationshipAttributes);
            ObjectNode append = input.appendRelationships == null ? null
                    : references.resolve(input.appendRelationships);
            ObjectNode remove = input.removeRelationships == null ? null
                    : references.resolve(input.removeRelationships);
            ArrayNode meanings = input.meanings == null ? null : references.resolveMeanings(input.meanings);
            if (!honourGivenGuids && GlossaryRules.isGlossaryType(input.typeName)) {
                prepareGlossaryEntry(input, existing, relationships, pending);
            }
            StoredEntity next;
            if (existing == null) {
                // Appending to and removing from relationships are for updates only, as in Atlan.
                if (RelationshipWrites.touchesMeanings(relationships) && meanings == null) {
                    relationships = RelationshipWrites.merge(Json.object(), relationships, null, null, guid);
                    meanings = RelationshipWrites.meaningHeaders(relationships);
                }
                next = new StoredEntity(store.nextSequence(), guid, input.typeName, StoredEntity.ACTIVE, user, user,
                        now, now, 1, input.attributes, relationships, TagWrites.forNewEntity(options.tags(),
                                input.classifications, input.addOrUpdateClassifications, guid), meanings, input.labels,
                        input.businessAttributes);
                created.add(guid);
            } else {
                next = merge(existing, input, relationships, append, remove, meanings, user, now, options);
                if (next == existing) {
                    continue;
                }
                if (!created.contains(guid)) {
                    updated.add(guid);
                }
            }
            pending.put(guid, next);
        }
        InverseRelationships.mirror(pending, store::get);
        pending.values().forEach(store::put);
        created.forEach(guid -> result.created.add(pending.get(guid)));
        updated.forEach(guid -> result.updated.add(pending.get(guid)));
        return result;
    }

    /**
     * Runs Atlan's glossary pre-processing on a glossary, term or category written over HTTP (a seed keeps the
     * qualifiedNames it gives): checks it and sets the qualifiedName Atlan would, in the input's attributes.
     */
    private void prepareGlossaryEntry(Input input, StoredEntity existing, ObjectNode relationships,
            Map<String, StoredEntity> pending) {
        ObjectNode after = relationships;
        if (existing != null) {
            ObjectNode merged = existing.relationshipAttributes.deepCopy();
            if (relationships != null) {
                relationships.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
            }
            after = merged;
        }
        Function<String, StoredEntity> lookup = guid -> pending.containsKey(guid) ? pending.get(guid) : store.get(guid);
        Iterable<StoredEntity> others = () -> Stream.concat(pending.values().stream(), store.all().stream())
                .iterator();
        GlossaryRules.prepare(input.typeName, input.attributes, existing, after, lookup, others);
    }

    /** What references may point at among the entities of this very request. */
    private static Map<String, ReferenceResolver.Target> batchTargets(List<Input> inputs, String[] guids) {
        Map<String, ReferenceResolver.Target> targets = new HashMap<>(capacityFor(inputs.size()));
        for (Input input : inputs) {
            targets.put(guids[input.index], new ReferenceResolver.Target(input.typeName, input.qualifiedName,
                    input.displayText()));
        }
        return targets;
    }

    private static int capacityFor(int entries) {
        return (int) (entries / 0.75f) + 1;
    }

    /**
     * Which entity an input writes: the one with its GUID, else the one with its type and
     * qualifiedName, else a new one. Placeholder GUIDs ({@code -1}) are reported back.
     */
    private String targetGuid(Input input, String key, boolean honourGivenGuids, Map<String, String> batchGuidsByKey,
            Map<String, String> assignments) {
        String given = input.givenGuid;
        boolean placeholder = given == null || given.startsWith("-");
        StoredEntity byGuid = placeholder ? null : store.get(given);
        if (byGuid != null) {
            if (!byGuid.typeName.equals(input.typeName)) {
                throw AtlanError.badRequest("entities[" + input.index + "]: guid " + given + " is a "
                        + byGuid.typeName + ", not a " + input.typeName);
            }
            return given;
        }
        String guid = batchGuidsByKey.get(key);
        if (guid == null) {
            StoredEntity byName = store.findByQualifiedName(input.typeName, input.qualifiedName);
            guid = byName != null ? byName.guid
                    : honourGivenGuids && !placeholder ? given : randomGuid();
        }
        if (given != null && !given.equals(guid)) {
            assignments.put(given, guid);
        }
        return guid;
    }

    /**
     * Given attributes overwrite, others stay; the other parts are replaced only when given, tags and custom
     * metadata as the options say.
     */
    private StoredEntity merge(StoredEntity existing, Input input, ObjectNode relationships, ObjectNode append,
            ObjectNode remove, ArrayNode meanings, String user, long now, UpsertOptions options) {
        if (!existing.qualifiedName.equals(input.qualifiedName)) {
            StoredEntity holder = store.findByQualifiedName(input.typeName, input.qualifiedName);
            if (holder != null && !holder.guid.equals(existing.guid)) {
                throw AtlanError.qualifiedNameTaken(input.typeName, input.qualifiedName);
            }
        }
        ObjectNode attributes = existing.attributes.deepCopy();
        input.attributes.properties().forEach(e -> attributes.set(e.getKey(), e.getValue()));
        ObjectNode mergedRelationships = RelationshipWrites.merge(existing.relationshipAttributes, relationships,
                append, remove, existing.guid);
        if (meanings == null && RelationshipWrites.touchesMeanings(relationships, append, remove)) {
            meanings = RelationshipWrites.meaningHeaders(mergedRelationships);
        }
        ObjectNode businessAttributes = options.businessAttributes(existing.businessAttributes,
                input.businessAttributes);
        String status = StoredEntity.ACTIVE.equals(input.status) ? StoredEntity.ACTIVE : existing.status;
        StoredEntity next = new StoredEntity(existing.seq, existing.guid, existing.typeName, status,
                existing.createdBy, user, existing.createTime, now, existing.version + 1, attributes,
                mergedRelationships, TagWrites.forExistingEntity(options.tags(), existing.classifications,
                        input.classifications, input.addOrUpdateClassifications, input.removeClassifications,
                        existing.guid),
                meanings != null ? meanings : existing.meanings,
                input.labels != null ? input.labels : existing.labels, businessAttributes);
        // Like Atlan, an update that changes nothing is no write: no new version, not reported.
        boolean unchanged = next.status.equals(existing.status)
                && next.attributes.equals(existing.attributes)
                && next.relationshipAttributes.equals(existing.relationshipAttributes)
                && next.classifications.equals(existing.classifications)
                && next.meanings.equals(existing.meanings)
                && next.labels.equals(existing.labels)
                && Objects.equals(next.businessAttributes, existing.businessAttributes);
        return unchanged ? existing : next;
    }

    /** A list of tags, each naming an existing tag by its hashed name. */
    private ArrayNode tags(JsonNode entity, String field, String where) {
        ArrayNode tags = optionalArray(entity, field, where);
        if (tags != null) {
            for (JsonNode tag : tags) {
                String name = Json.text(tag, "typeName");
                if (!tag.isObject() || Json.isBlank(name)) {
                    throw AtlanError.badRequest(where + "." + field + ": each needs a typeName");
                }
                if (!types.isClassification(name)) {
                    throw AtlanError.classificationNotFound(name);
                }
            }
        }
        return tags;
    }

    private static String givenGuid(JsonNode guid, String where) {
        if (guid == null || guid.isNull()) {
            return null;
        }
        if (guid.isString()) {
            return guid.stringValue().isBlank() ? null : guid.stringValue().trim();
        }
        if (guid.isIntegralNumber()) {
            return String.valueOf(guid.longValue());
        }
        throw AtlanError.badRequest(where + ".guid must be a string");
    }

    private static ObjectNode optionalObject(JsonNode entity, String field, String where) {
        JsonNode value = entity.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw AtlanError.badRequest(where + "." + field + " must be an object");
        }
        return ((ObjectNode) value).deepCopy();
    }

    private static ArrayNode optionalArray(JsonNode entity, String field, String where) {
        JsonNode value = entity.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw AtlanError.badRequest(where + "." + field + " must be a list");
        }
        return ((ArrayNode) value).deepCopy();
    }

    /**
     * A random version 4 UUID, as Atlan assigns. Not from {@link UUID#randomUUID()}: its secure random
     * source made loading 200,000 assets measurably slower, and a demo's GUIDs need not be unguessable.
     */
    static String randomGuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    static String key(String typeName, String qualifiedName) {
        return typeName + '\u0000' + qualifiedName;
    }
}
