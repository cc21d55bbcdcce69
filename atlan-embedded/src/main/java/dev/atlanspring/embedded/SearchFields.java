package dev.atlanspring.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * How Atlan's search index names map onto a stored entity, and how index values compare.
 *
 * <p>Atlan indexes each entity flat: its own fields under {@code __}-prefixed names
 * ({@code __guid}, {@code __typeName}, {@code __state} ...) and its attributes under their own
 * names, often with a {@code .keyword} sub-field. A field value here is null (missing), a scalar
 * ({@link String}, {@link Long}, {@link Double}, {@link Boolean}) or a {@link List} of scalars.
 */
final class SearchFields {

    /** Reads one index field of an entity; cheap enough to call for every entity of every search. */
    @FunctionalInterface
    interface Accessor {
        Object get(StoredEntity entity);
    }

    private static final List<String> SUB_FIELDS = List.of(".keyword", ".text", ".stemmed");

    private final TypeRegistry types;
    private final EntityStore store;

    SearchFields(TypeRegistry types, EntityStore store) {
        this.types = types;
        this.store = store;
    }

    /** The field without the analyzer sub-field suffix, which the embedded server does not model. */
    static String canonical(String field) {
        for (String suffix : SUB_FIELDS) {
            if (field.endsWith(suffix) && field.length() > suffix.length()) {
                return field.substring(0, field.length() - suffix.length());
            }
        }
        return field;
    }

    Accessor accessor(String field) {
        String name = canonical(field);
        switch (name) {
            case "__typeName":
                return e -> e.typeName;
            case "__guid":
                return e -> e.guid;
            case "__state":
                return e -> e.status;
            case "__timestamp":
                return e -> e.createTime;
            case "__modificationTimestamp":
                return e -> e.updateTime;
            case "__createdBy":
                return e -> e.createdBy;
            case "__modifiedBy":
                return e -> e.updatedBy;
            case "__superTypeNames":
                return e -> types.superTypesOf(e.typeName);
            case "__traitNames":
                return e -> classificationNames(e, true);
            case "__propagatedTraitNames":
                return e -> classificationNames(e, false);
            case "__classificationNames":
                return SearchFields::allClassificationNames;
            case "__meanings":
                return this::meaningKeys;
            case "__meaningsText":
                return e -> listOf(e.meanings, "displayText");
            case "__meaningNames":
                return e -> listOf(e.meanings, "displayText");
            case "__glossary":
                // The glossary's qualifiedName on its terms and categories (EntityGraphMapper sets it from the anchor).
                return e -> GlossaryRules.glossaryOf(e, store::get);
            case "__parentCategory":
                return e -> e.typeName.equals(GlossaryRules.CATEGORY)
                        ? GlossaryRules.qualifiedNameOf(e.relationshipAttributes.get("parentCategory"), store::get)
                        : null;
            case "__categories":
                return e -> e.typeName.equals(GlossaryRules.TERM)
                        ? listOrNull(GlossaryRules.qualifiedNamesOf(e.relationshipAttributes.get("categories"),
                                store::get))
                        : null;
            case "__labels":
                return e -> scalar(e.labels);
            default:
                return attributeAccessor(name);
        }
    }

    /**
     * An attribute's index field. A custom metadata attribute is indexed under its hashed attribute name alone
     * (atlas-metastore {@code AtlasStructType.AtlasAttribute}: the qualified name of an attribute is its def's name),
     * which is the field the official SDKs' {@code CustomMetadataField} queries; its value lives in the entity's
     * {@code businessAttributes} under its set.
     */
    private Accessor attributeAccessor(String name) {
        String set = types.businessMetadataSetOf(name);
        if (set == null) {
            return e -> scalar(e.attributes.get(name));
        }
        return e -> e.businessAttributes == null ? null : scalar(e.businessAttributes.path(set).get(name));
    }

    private static Object listOrNull(List<String> values) {
        return values.isEmpty() ? null : values;
    }

    /** A JSON value as an index value: objects are not searchable, so they read as missing. */
    static Object scalar(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isObject()) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> values = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                Object value = scalar(element);
                if (value != null && !(value instanceof List)) {
                    values.add(value);
                }
            }
            return values.isEmpty() ? null : values;
        }
        return null;
    }

    /** Whether any of a field's values passes; a missing field has none. */
    static boolean anyValue(Object value, Predicate<Object> test) {
        if (value == null) {
            return false;
        }
        if (value instanceof List) {
            for (Object element : (List<?>) value) {
                if (element != null && test.test(element)) {
                    return true;
                }
            }
            return false;
        }
        return test.test(value);
    }

    static void forEachValue(Object value, Consumer<Object> action) {
        if (value instanceof List) {
            for (Object element : (List<?>) value) {
                if (element != null) {
                    action.accept(element);
                }
            }
        } else if (value != null) {
            action.accept(value);
        }
    }

    static boolean isPresent(Object value) {
        return value != null && !(value instanceof List && ((List<?>) value).isEmpty());
    }

    /** The text a keyword index would hold for a value; 5 and 5.0 are the same number. */
    static String normalized(Object value) {
        if (value instanceof Double) {
            double d = (Double) value;
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
        }
        return String.valueOf(value);
    }

    /**
     * Orders two values: numbers numerically, strings by code point, booleans false first; values of
     * different kinds order numbers, then strings, then booleans, so any mix still sorts consistently.
     */
    static int compare(Object a, Object b) {
        if (a instanceof Number && b instanceof Number) {
            if (a instanceof Long && b instanceof Long) {
                return Long.compare((Long) a, (Long) b);
            }
            return Double.compare(((Number) a).doubleValue(), ((Number) b).doubleValue());
        }
        if (a instanceof String && b instanceof String) {
            return ((String) a).compareTo((String) b);
        }
        if (a instanceof Boolean && b instanceof Boolean) {
            return Boolean.compare((Boolean) a, (Boolean) b);
        }
        return Integer.compare(rank(a), rank(b));
    }

    /**
     * Makes a value given in a request comparable with a stored one: clients send epoch millis as
     * strings and numbers alike.
     */
    static Object coerceLike(Object given, Object stored) {
        if (stored instanceof Number && given instanceof String) {
            String text = ((String) given).trim();
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException notALong) {
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException notANumber) {
                    return given;
                }
            }
        }
        if (stored instanceof String && (given instanceof Number || given instanceof Boolean)) {
            return normalized(given);
        }
        return given;
    }

    private static int rank(Object value) {
        return value instanceof Number ? 0 : value instanceof String ? 1 : 2;
    }

    private static List<Object> classificationNames(StoredEntity entity, boolean direct) {
        List<Object> names = new ArrayList<>(entity.classifications.size());
        for (JsonNode classification : entity.classifications) {
            String source = Json.text(classification, "entityGuid");
            boolean isDirect = source == null || source.equals(entity.guid);
            if (isDirect == direct) {
                names.add(Json.text(classification, "typeName"));
            }
        }
        return names.isEmpty() ? null : names;
    }

    /** Every tag of an entity, direct or propagated. */
    private static Object allClassificationNames(StoredEntity entity) {
        List<Object> names = new ArrayList<>(entity.classifications.size());
        for (JsonNode classification : entity.classifications) {
            names.add(Json.text(classification, "typeName"));
        }
        return names.isEmpty() ? null : names;
    }

    /** Atlan's {@code __meanings} holds the terms' qualifiedNames; the GUIDs match as well, for convenience. */
    private Object meaningKeys(StoredEntity entity) {
        if (entity.meanings.isEmpty()) {
            return null;
        }
        List<Object> keys = new ArrayList<>();
        for (JsonNode meaning : entity.meanings) {
            String termGuid = Json.text(meaning, "termGuid");
            if (termGuid != null) {
                keys.add(termGuid);
                StoredEntity term = store.get(termGuid);
                if (term != null) {
                    keys.add(term.qualifiedName);
                }
            }
        }
        return keys.isEmpty() ? null : keys;
    }

    private static Object listOf(JsonNode array, String field) {
        List<Object> values = new ArrayList<>();
        for (JsonNode element : array) {
            String value = Json.text(element, field);
            if (value != null) {
                values.add(value);
            }
        }
        return values.isEmpty() ? null : values;
    }
}
