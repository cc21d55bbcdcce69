package dev.atlanspring.embedded;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The type definitions the server serves: fixed entity and enum defs plus the Atlan tags
 * (classification defs), which clients may add to.
 *
 * <p>Atlan stores a tag under a hashed internal name and shows its {@code displayName} to people;
 * entities' classifications and the search field {@code __traitNames} use the hashed name.
 */
final class TypeRegistry {

    /** The categories of the typedefs envelope, with their list key and the {@code type=} filter value. */
    enum Category {
        ENUM("enumDefs", "enum"),
        STRUCT("structDefs", "struct"),
        CLASSIFICATION("classificationDefs", "classification"),
        ENTITY("entityDefs", "entity"),
        RELATIONSHIP("relationshipDefs", "relationship"),
        BUSINESS_METADATA("businessMetadataDefs", "business_metadata");

        final String listKey;
        final String filterValue;

        Category(String listKey, String filterValue) {
            this.listKey = listKey;
            this.filterValue = filterValue;
        }

        /** The categories a {@code type=} filter selects; no filter selects them all. */
        static Set<Category> selectedBy(String filter) {
            if (filter == null || filter.isBlank()) {
                return EnumSet.allOf(Category.class);
            }
            String wanted = filter.trim().toLowerCase(Locale.ROOT);
            for (Category category : values()) {
                if (category.filterValue.equals(wanted) || category.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return EnumSet.of(category);
                }
            }
            throw AtlanError.invalidParameters("type must be one of enum, struct, classification, entity, "
                    + "relationship, business_metadata; was " + filter);
        }
    }

    private static final String HASH_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final Map<String, ObjectNode> entityDefs = new LinkedHashMap<>();
    private final Map<String, ObjectNode> enumDefs = new LinkedHashMap<>();
    /** Guarded by {@code this}: the only defs that change at run time. */
    private final Map<String, ObjectNode> classificationDefs = new LinkedHashMap<>();
    /** Guarded by {@code this}: custom metadata sets, by hashed name. */
    private final Map<String, ObjectNode> businessMetadataDefs = new LinkedHashMap<>();
    private final Map<String, List<String>> superTypeClosures = new LinkedHashMap<>();

    TypeRegistry() {
        BuiltInTypeDefs.entityDefs().forEach(def -> entityDefs.put(def.get("name").stringValue(), def));
        BuiltInTypeDefs.enumDefs().forEach(def -> enumDefs.put(def.get("name").stringValue(), def));
        entityDefs.keySet().forEach(name -> superTypeClosures.put(name, closure(name)));
        // Atlas lists each type's direct sub types too; derive them from the super types so they cannot disagree.
        entityDefs.values().forEach(def -> def.putArray("subTypes"));
        entityDefs.forEach((name, def) -> def.get("superTypes").forEach(superType ->
                ((ArrayNode) entityDefs.get(superType.stringValue()).get("subTypes")).add(name)));
    }

    /** Every super type of an entity type, nearest first; unknown types have none. */
    List<String> superTypesOf(String typeName) {
        return superTypeClosures.getOrDefault(typeName, List.of());
    }

    /** The known entity types that are the given type or inherit from it, for look-ups by a super type. */
    List<String> typeAndSubTypes(String typeName) {
        List<String> types = new ArrayList<>();
        types.add(typeName);
        superTypeClosures.forEach((type, supers) -> {
            if (supers.contains(typeName)) {
                types.add(type);
            }
        });
        return types;
    }

    synchronized boolean isClassification(String name) {
        return classificationDefs.containsKey(name);
    }

    /** The typedefs envelope with the chosen categories filled and the others empty, as Atlan answers. */
    synchronized ObjectNode envelope(Set<Category> categories) {
        ObjectNode envelope = Json.object();
        for (Category category : Category.values()) {
            ArrayNode list = envelope.putArray(category.listKey);
            if (categories.contains(category)) {
                defsOf(category).forEach(list::add);
            }
        }
        return envelope;
    }

    /** One typedef of any category by its (internal) name, or null. */
    synchronized ObjectNode byName(String name) {
        for (Category category : Category.values()) {
            for (ObjectNode def : defsOf(category)) {
                if (def.get("name").stringValue().equals(name)) {
                    return def;
                }
            }
        }
        return null;
    }

    /**
     * Creates Atlan tags from a typedefs envelope, all or none.
     *
     * @return the envelope of the created defs
     */
    synchronized ObjectNode createClassifications(JsonNode request, String user, long now) {
        for (Category category : Category.values()) {
            JsonNode list = request.get(category.listKey);
            if (category != Category.CLASSIFICATION && list != null && !list.isNull() && !list.isEmpty()) {
                throw AtlanError.badRequest("The embedded demo Atlan only creates classificationDefs (Atlan tags), not "
                        + category.listKey);
            }
        }
        JsonNode requested = request.get(Category.CLASSIFICATION.listKey);
        if (requested == null || !requested.isArray() || requested.isEmpty()) {
            throw AtlanError.badRequest("classificationDefs must be a non-empty list");
        }
        List<ObjectNode> created = new ArrayList<>();
        Set<String> takenNames = new LinkedHashSet<>();
        Set<String> takenDisplayNames = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            ObjectNode def = newClassificationDef(requested.get(i), i, user, now);
            String name = def.get("name").stringValue();
            String displayName = def.get("displayName").stringValue();
            if (byName(name) != null || !takenNames.add(name)) {
                throw AtlanError.typeAlreadyExists(name);
            }
            if (displayNameTaken(displayName) || !takenDisplayNames.add(displayName.toLowerCase(Locale.ROOT))) {
                throw AtlanError.typeAlreadyExists(displayName);
            }
            created.add(def);
        }
        ObjectNode envelope = envelope(EnumSet.noneOf(Category.class));
        ArrayNode list = (ArrayNode) envelope.get(Category.CLASSIFICATION.listKey);
        for (ObjectNode def : created) {
            classificationDefs.put(def.get("name").stringValue(), def);
            list.add(def);
        }
        return envelope;
    }

    /** Forgets every tag and custom metadata set; the built-in entity and enum types stay. */
    synchronized void clearClassifications() {
        classificationDefs.clear();
        businessMetadataDefs.clear();
    }

    /** Registers a custom metadata set (a {@code BUSINESS_METADATA} def), for the demo catalog. */
    synchronized void addBusinessMetadata(ObjectNode def) {
        businessMetadataDefs.put(Json.text(def, "name"), def);
    }

    /** A custom metadata set by its hashed name, or null. */
    synchronized ObjectNode businessMetadata(String name) {
        return businessMetadataDefs.get(name);
    }

    /**
     * The hashed name of the custom metadata set that defines an attribute of this hashed name, or null. Atlan's
     * attribute names are unique across sets, since each is also a search index field of its own.
     */
    synchronized String businessMetadataSetOf(String attributeName) {
        for (ObjectNode set : businessMetadataDefs.values()) {
            for (JsonNode attribute : set.path("attributeDefs")) {
                if (attributeName.equals(Json.text(attribute, "name"))) {
                    return Json.text(set, "name");
                }
            }
        }
        return null;
    }

    /**
     * Returns the hashed name of the tag with this display name, creating the tag if there is none, as Atlan's
     * typedef endpoint would.
     */
    synchronized String classificationNamed(String displayName, String user, long now) {
        for (ObjectNode def : classificationDefs.values()) {
            if (displayName.equalsIgnoreCase(Json.text(def, "displayName"))) {
                return Json.text(def, "name");
            }
        }
        ObjectNode given = Json.object().put("displayName", displayName).put("description", "");
        ObjectNode def = newClassificationDef(given, 0, user, now);
        classificationDefs.put(Json.text(def, "name"), def);
        return Json.text(def, "name");
    }

    /** Registers a tag with a fixed hashed name, for the demo catalog. */
    synchronized void addClassification(String name, String displayName, String description, String color) {
        ObjectNode def = BuiltInTypeDefs.header("CLASSIFICATION", name, description);
        def.put("displayName", displayName);
        def.putArray("attributeDefs");
        def.putArray("superTypes");
        def.putArray("entityTypes");
        def.putArray("subTypes");
        def.putObject("options").put("color", color).put("icon", "atlanTags").put("iconType", "icon");
        classificationDefs.put(name, def);
    }

    private ObjectNode newClassificationDef(JsonNode given, int index, String user, long now) {
        if (!given.isObject()) {
            throw AtlanError.badRequest("classificationDefs[" + index + "] must be an object");
        }
        String name = Json.text(given, "name");
        String displayName = Json.text(given, "displayName");
        if (Json.isBlank(name) && Json.isBlank(displayName)) {
            throw AtlanError.badRequest("classificationDefs[" + index + "] needs a displayName (or a name)");
        }
        ObjectNode def = ((ObjectNode) given).deepCopy();
        def.put("category", "CLASSIFICATION");
        def.put("guid", UUID.randomUUID().toString());
        def.put("name", Json.isBlank(name) ? hashedName() : name);
        def.put("displayName", Json.isBlank(displayName) ? name : displayName);
        if (!def.has("description")) {
            def.put("description", "");
        }
        def.put("createdBy", user);
        def.put("updatedBy", user);
        def.put("createTime", now);
        def.put("updateTime", now);
        def.put("version", 1L);
        def.put("typeVersion", "1.0");
        for (String list : List.of("attributeDefs", "superTypes", "entityTypes", "subTypes")) {
            if (!def.path(list).isArray()) {
                def.putArray(list);
            }
        }
        return def;
    }

    private boolean displayNameTaken(String displayName) {
        return classificationDefs.values().stream()
                .anyMatch(def -> displayName.equalsIgnoreCase(Json.text(def, "displayName")));
    }

    /** Atlan's internal tag names are 22 random letters and digits. */
    private static String hashedName() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder(22);
        for (int i = 0; i < 22; i++) {
            name.append(HASH_ALPHABET.charAt(random.nextInt(HASH_ALPHABET.length())));
        }
        return name.toString();
    }

    private List<ObjectNode> defsOf(Category category) {
        switch (category) {
            case ENTITY:
                return new ArrayList<>(entityDefs.values());
            case ENUM:
                return new ArrayList<>(enumDefs.values());
            case CLASSIFICATION:
                return new ArrayList<>(classificationDefs.values());
            case BUSINESS_METADATA:
                return new ArrayList<>(businessMetadataDefs.values());
            default:
                return List.of();
        }
    }

    private List<String> closure(String typeName) {
        List<String> result = new ArrayList<>();
        ObjectNode def = entityDefs.get(typeName);
        if (def != null) {
            for (JsonNode superType : def.get("superTypes")) {
                String name = superType.stringValue();
                if (!result.contains(name)) {
                    result.add(name);
                }
                closure(name).stream().filter(s -> !result.contains(s)).forEach(result::add);
            }
        }
        return Collections.unmodifiableList(result);
    }
}
