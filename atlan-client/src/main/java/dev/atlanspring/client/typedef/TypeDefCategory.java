package dev.atlanspring.client.typedef;

/**
 * The kinds of type definition Atlan keeps. The names are Atlan's own {@code category} values.
 */
public enum TypeDefCategory {

    /** Asset types, such as {@code Table} or {@code AtlasGlossaryTerm}. */
    ENTITY("entity", "entityDefs"),
    /** Atlan tags (classifications, in Atlas's terms), stored under hashed internal names. */
    CLASSIFICATION("classification", "classificationDefs"),
    /** Enumerations, the allowed values of an attribute. */
    ENUM("enum", "enumDefs"),
    /** Structures: attribute groups embedded in other types. */
    STRUCT("struct", "structDefs"),
    /** Relationships between asset types, such as a schema's tables. */
    RELATIONSHIP("relationship", "relationshipDefs"),
    /** Custom metadata (business metadata, in Atlas's terms), stored under hashed internal names. */
    BUSINESS_METADATA("business_metadata", "businessMetadataDefs");

    private final String queryValue;

    private final String listKey;

    TypeDefCategory(String queryValue, String listKey) {
        this.queryValue = queryValue;
        this.listKey = listKey;
    }

    /**
     * Returns the value of the {@code type} query parameter that selects this category.
     * @return such as {@code classification}
     */
    public String queryValue() {
        return this.queryValue;
    }

    /**
     * Returns the key of this category's list in Atlan's typedefs envelope.
     * @return such as {@code classificationDefs}
     */
    public String listKey() {
        return this.listKey;
    }

}
