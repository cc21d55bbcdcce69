package dev.atlanspring.client.search;

import java.util.Set;

/**
 * Names of fields in Atlan's search index, for queries and sorts. Attributes are indexed under their own names
 * (often with a {@code .keyword} sub-field for exact matches); an asset's own properties under
 * {@code __}-prefixed names.
 */
public final class SearchField {

    /** The asset's GUID. */
    public static final String GUID = "__guid";

    /** The asset's type, for exact matches. */
    public static final String TYPE_NAME = "__typeName.keyword";

    /** Every super type of the asset's type, for exact matches. */
    public static final String SUPER_TYPE_NAMES = "__superTypeNames.keyword";

    /** The asset's status: {@code ACTIVE} or {@code DELETED}. */
    public static final String STATE = "__state";

    /** When the asset was created, in epoch milliseconds. */
    public static final String CREATE_TIME = "__timestamp";

    /** When the asset was changed last, in epoch milliseconds. */
    public static final String UPDATE_TIME = "__modificationTimestamp";

    /** Who created the asset. */
    public static final String CREATED_BY = "__createdBy";

    /** Who changed the asset last. */
    public static final String UPDATED_BY = "__modifiedBy";

    /** The Atlan tags put on the asset itself; queries on it take display names, which the client translates. */
    public static final String TAGS = "__traitNames";

    /** The Atlan tags the asset has through propagation; translated like {@link #TAGS}. */
    public static final String PROPAGATED_TAGS = "__propagatedTraitNames";

    /** Every Atlan tag on the asset, direct or propagated; translated like {@link #TAGS}. */
    public static final String ALL_TAGS = "__classificationNames";

    /** The qualified names of the glossary terms assigned to the asset. */
    public static final String TERMS = "__meanings";

    /** The asset's qualified name, for exact matches. */
    public static final String QUALIFIED_NAME = "qualifiedName";

    /** The asset's name, for exact matches and sorting. */
    public static final String NAME = "name.keyword";

    private static final Set<String> TAG_FIELDS = Set.of(TAGS, PROPAGATED_TAGS, ALL_TAGS);

    private SearchField() {
    }

    /**
     * Tells whether a field holds Atlan tag names, whose values the client translates from display names to the
     * hashed names Atlan indexes.
     * @param field an index field, with or without a {@code .keyword} suffix
     * @return {@code true} for the tag fields
     */
    public static boolean holdsTagNames(String field) {
        String base = field.endsWith(".keyword") ? field.substring(0, field.length() - ".keyword".length()) : field;
        return TAG_FIELDS.contains(base);
    }

}
