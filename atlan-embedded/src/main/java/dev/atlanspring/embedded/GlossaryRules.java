package dev.atlanspring.embedded;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What Atlan's glossary pre-processors do to a glossary, term or category before it is written
 * (atlas-metastore {@code preprocessor/glossary/GlossaryPreProcessor}, {@code TermPreProcessor},
 * {@code CategoryPreProcessor}, {@code AbstractGlossaryPreProcessor}, {@code PreProcessorUtils}).
 *
 * <ul>
 * <li>The name is trimmed, and may be neither empty nor contain {@code @} ({@code INVALID_DISPLAY_NAME}).</li>
 * <li>A new entity's qualifiedName is generated, whatever the client sent: a nanoid for a glossary,
 * {@code nanoid@glossaryQualifiedName} for a term or category; an update keeps the stored one.</li>
 * <li>Names are unique: glossaries in the tenant ({@code GLOSSARY_ALREADY_EXISTS}), terms in their glossary
 * ({@code GLOSSARY_TERM_ALREADY_EXISTS}), categories under one parent, or at the top, of a glossary
 * ({@code GLOSSARY_CATEGORY_ALREADY_EXISTS}); only active entities count.</li>
 * <li>A term or category needs its glossary, the {@code anchor}; a parent category, or a term's category, must
 * belong to the same glossary.</li>
 * </ul>
 * Relationship attributes sent under {@code attributes}, as pyatlan sends {@code anchor}, are moved to the
 * relationships first ({@code AtlasEntityStoreV2.compactAttributes}).
 */
final class GlossaryRules {

    static final String GLOSSARY = "AtlasGlossary";
    static final String TERM = "AtlasGlossaryTerm";
    static final String CATEGORY = "AtlasGlossaryCategory";

    private static final Map<String, List<String>> RELATIONSHIP_ATTRIBUTES = Map.of(
            GLOSSARY, List.of("terms", "categories"),
            TERM, List.of("anchor", "categories", "assignedEntities"),
            CATEGORY, List.of("anchor", "parentCategory", "childrenCategories", "terms"));

    /** {@code NanoIdUtils.randomNanoId}'s alphabet and length. */
    private static final char[] ALPHABET = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            .toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private GlossaryRules() {
    }

    static boolean isGlossaryType(String typeName) {
        return RELATIONSHIP_ATTRIBUTES.containsKey(typeName);
    }

    /**
     * Moves the glossary relationship attributes found under {@code attributes} to the relationships, unless the
     * relationships have them already; answers the relationships, or null when there are none.
     */
    static ObjectNode compact(String typeName, ObjectNode attributes, ObjectNode relationships) {
        List<String> names = RELATIONSHIP_ATTRIBUTES.get(typeName);
        if (names == null) {
            return relationships;
        }
        ObjectNode result = relationships;
        for (String name : names) {
            JsonNode value = attributes.remove(name);
            if (value != null && !value.isNull()) {
                result = result != null ? result : Json.object();
                if (!result.hasNonNull(name)) {
                    result.set(name, value);
                }
            }
        }
        return result;
    }

    /**
     * Checks a glossary, term or category about to be written and gives it the qualifiedName Atlan would: a new
     * one generated, an existing one kept. Changes {@code attributes} (trimmed name, qualifiedName).
     *
     * @param existing      the stored entity, or null for a new one
     * @param relationships its relationships after the write (references resolved)
     * @param lookup        finds an entity by GUID, among this request's and the stored ones
     * @param others        the entities written by this request, then the stored ones, for the uniqueness checks;
     *                      a stored one that this request changed is judged as {@code lookup} finds it
     */
    static void prepare(String typeName, ObjectNode attributes, StoredEntity existing, ObjectNode relationships,
            Function<String, StoredEntity> lookup, Iterable<StoredEntity> others) {
        String name = Json.text(attributes, "name");
        if (name == null && existing != null) {
            name = existing.name();
        }
        name = name == null ? "" : name.trim();
        if (name.isEmpty() || name.indexOf('@') >= 0) {
            throw new AtlanError(400, "ATLAS-400-00-083", "name cannot contain following special chars ('@')");
        }
        attributes.put("name", name);
        boolean renamed = existing == null || !name.equals(existing.name());
        String ownGuid = existing == null ? null : existing.guid;
        if (typeName.equals(GLOSSARY)) {
            if (renamed && exists(others, lookup, ownGuid, GLOSSARY, name, e -> true)) {
                throw new AtlanError(409, "ATLAS-409-00-007", "Glossary with name " + name + " already exists");
            }
            attributes.put("qualifiedName", existing == null ? nanoId() : existing.qualifiedName);
            return;
        }
        StoredEntity glossary = anchor(relationships, lookup);
        String glossaryQualifiedName = glossary.qualifiedName;
        if (typeName.equals(TERM)) {
            if (renamed && exists(others, lookup, ownGuid, TERM, name,
                    e -> glossaryQualifiedName.equals(glossaryOf(e, lookup)))) {
                throw new AtlanError(409, "ATLAS-409-00-009", "Glossary term with name " + name + " already exists");
            }
            StoredEntity category = first(relationships == null ? null : relationships.get("categories"), lookup);
            if (category != null && !category.qualifiedName.endsWith(glossaryQualifiedName)) {
                throw AtlanError.badRequest("Passed category doesn't belongs to Passed Glossary");
            }
        } else {
            StoredEntity parent = first(relationships == null ? null : relationships.get("parentCategory"), lookup);
            String parentGuid = parent == null ? null : parent.guid;
            if (renamed && exists(others, lookup, ownGuid, CATEGORY, name,
                    e -> glossaryQualifiedName.equals(glossaryOf(e, lookup))
                            && Objects.equals(parentGuid, guidOf(e.relationshipAttributes.get("parentCategory"))))) {
                throw new AtlanError(409, "ATLAS-409-00-00A",
                        "Glossary category with name " + name + " already exists on this level");
            }
            if (parent != null && !parent.qualifiedName.endsWith(glossaryQualifiedName)) {
                throw new AtlanError(409, "ATLAS-400-00-0015",
                        "Parent category from another Anchor(glossary) not supported");
            }
        }
        attributes.put("qualifiedName", existing == null ? nanoId() + "@" + glossaryQualifiedName
                : existing.qualifiedName);
    }

    /**
     * The qualifiedName of the glossary a term or category belongs to, Atlan's {@code __glossary} index field; null
     * for other entities.
     */
    static String glossaryOf(StoredEntity entity, Function<String, StoredEntity> lookup) {
        if (!entity.typeName.equals(TERM) && !entity.typeName.equals(CATEGORY)) {
            return null;
        }
        return qualifiedNameOf(entity.relationshipAttributes.get("anchor"), lookup);
    }

    /** The qualifiedName a reference points at: the entity's current one when it is known, else the reference's. */
    static String qualifiedNameOf(JsonNode ref, Function<String, StoredEntity> lookup) {
        if (ref == null || !ref.isObject()) {
            return null;
        }
        String guid = Json.text(ref, "guid");
        StoredEntity target = guid == null ? null : lookup.apply(guid);
        return target != null ? target.qualifiedName : Json.text(ref.get("uniqueAttributes"), "qualifiedName");
    }

    /** The qualifiedNames of the entities a list of references (or one reference) points at. */
    static List<String> qualifiedNamesOf(JsonNode refs, Function<String, StoredEntity> lookup) {
        List<String> names = new ArrayList<>();
        if (refs != null && refs.isArray()) {
            refs.forEach(ref -> {
                String name = qualifiedNameOf(ref, lookup);
                if (name != null) {
                    names.add(name);
                }
            });
        } else {
            String name = qualifiedNameOf(refs, lookup);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    private static StoredEntity anchor(ObjectNode relationships, Function<String, StoredEntity> lookup) {
        JsonNode ref = relationships == null ? null : relationships.get("anchor");
        if (ref == null || !ref.isObject()) {
            // TermPreProcessor.setAnchor reads it unchecked; Atlas's glossary service names the problem thus.
            throw new AtlanError(400, "ATLAS-400-00-072", "Mandatory anchor attribute is missing");
        }
        String guid = Json.text(ref, "guid");
        StoredEntity glossary = guid == null ? null : lookup.apply(guid);
        if (glossary == null || !glossary.typeName.equals(GLOSSARY)) {
            String given = guid != null ? guid : String.valueOf(ref.get("uniqueAttributes"));
            throw AtlanError.guidNotFound(given);
        }
        return glossary;
    }

    private static StoredEntity first(JsonNode refs, Function<String, StoredEntity> lookup) {
        JsonNode ref = refs != null && refs.isArray() ? (refs.isEmpty() ? null : refs.get(0)) : refs;
        String guid = ref == null || !ref.isObject() ? null : Json.text(ref, "guid");
        StoredEntity target = guid == null ? null : lookup.apply(guid);
        if (ref != null && ref.isObject() && target == null) {
            throw AtlanError.guidNotFound(guid != null ? guid : String.valueOf(ref.get("uniqueAttributes")));
        }
        return target;
    }

    private static String guidOf(JsonNode ref) {
        return ref == null || !ref.isObject() ? null : Json.text(ref, "guid");
    }

    private static boolean exists(Iterable<StoredEntity> entities, Function<String, StoredEntity> lookup,
            String ownGuid, String typeName, String name, Predicate<StoredEntity> where) {
        for (StoredEntity e : entities) {
            if (e.typeName.equals(typeName) && !e.isDeleted() && !e.guid.equals(ownGuid) && name.equals(e.name())
                    && lookup.apply(e.guid) == e && where.test(e)) {
                return true;
            }
        }
        return false;
    }

    static String nanoId() {
        char[] id = new char[21];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
