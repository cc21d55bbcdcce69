package dev.atlanspring.embedded;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The slice of Atlan's type system the demo catalog needs: the entity types from {@code Referenceable}
 * down to {@code Table} and {@code Column}, the glossary types (glossary, term, category), and one enum.
 *
 * <p>Atlan has hundreds of types; these are the ones clients most often read and search by
 * ({@code __superTypeNames} comes from here). Entities of types not listed are still accepted.
 */
final class BuiltInTypeDefs {

    /** Atlas stamps system types with an old, fixed time; so do we, so the typedefs are deterministic. */
    private static final long SYSTEM_TIME = 1_600_000_000_000L;

    private BuiltInTypeDefs() {
    }

    static List<ObjectNode> entityDefs() {
        List<ObjectNode> defs = new ArrayList<>();
        defs.add(entity("Referenceable", List.of(), "Anything with a unique qualifiedName.",
                "qualifiedName:string!"));
        defs.add(entity("Asset", List.of("Referenceable"), "Base of every asset in Atlan.",
                "name:string", "displayName:string", "description:string", "userDescription:string",
                "certificateStatus:string", "ownerUsers:array<string>", "ownerGroups:array<string>",
                "connectorName:string", "connectionQualifiedName:string",
                "@meanings:array<AtlasGlossaryTerm>:AtlasGlossarySemanticAssignment"));
        defs.add(entity("Catalog", List.of("Asset"), "Base of assets that live in a data catalog.",
                "@inputToProcesses:array<Process>:catalog_process_inputs",
                "@outputFromProcesses:array<Process>:process_catalog_outputs"));
        defs.add(entity("SQL", List.of("Catalog"), "Base of assets from SQL data stores.",
                "databaseName:string", "databaseQualifiedName:string", "schemaName:string",
                "schemaQualifiedName:string", "tableName:string", "tableQualifiedName:string"));
        defs.add(entity("Connection", List.of("Asset"), "A connection to a data source, the root of its assets.",
                "category:string", "host:string", "port:int", "allowQuery:boolean"));
        defs.add(entity("Database", List.of("SQL"), "A database in a SQL data store.",
                "schemaCount:int", "@schemas:array<Schema>:database_schemas"));
        defs.add(entity("Schema", List.of("SQL"), "A schema in a database.",
                "tableCount:int", "viewCount:int", "@database:Database:database_schemas",
                "@tables:array<Table>:schema_tables"));
        defs.add(entity("Table", List.of("SQL"), "A table in a schema.",
                "columnCount:int", "rowCount:long", "sizeBytes:long",
                "@schema:Schema:schema_tables", "@columns:array<Column>:table_columns"));
        defs.add(entity("Column", List.of("SQL"), "A column of a table or view.",
                "dataType:string", "order:int", "isNullable:boolean", "@table:Table:table_columns"));
        defs.add(entity("View", List.of("SQL"), "A view in a schema.",
                "columnCount:int", "definition:string", "@atlanSchema:Schema:schema_views"));
        // Lineage, as atlas-metastore's models define it: Process and ColumnProcess (0010-base_model.json and
        // the Atlan models), linked to Catalog assets by catalog_process_inputs and process_catalog_outputs.
        defs.add(entity("Process", List.of("Asset"), "A process that reads some assets and writes others.",
                "code:string", "sql:string", "ast:string",
                "@inputs:array<Catalog>:catalog_process_inputs", "@outputs:array<Catalog>:process_catalog_outputs",
                "@columnProcesses:array<ColumnProcess>:column_lineage"));
        defs.add(entity("ColumnProcess", List.of("Process"), "The part of a process that moves one column's data.",
                "@process:Process:column_lineage"));
        defs.add(entity("AtlasGlossary", List.of("Asset"), "A business glossary.",
                "shortDescription:string", "longDescription:string",
                "@terms:array<AtlasGlossaryTerm>:AtlasGlossaryTermAnchor",
                "@categories:array<AtlasGlossaryCategory>:AtlasGlossaryCategoryAnchor"));
        defs.add(entity("AtlasGlossaryTerm", List.of("Asset"), "A term of a business glossary.",
                "shortDescription:string", "longDescription:string", "examples:array<string>",
                "@anchor:AtlasGlossary:AtlasGlossaryTermAnchor",
                "@assignedEntities:array<Referenceable>:AtlasGlossarySemanticAssignment",
                "@categories:array<AtlasGlossaryCategory>:AtlasGlossaryTermCategorization"));
        defs.add(entity("AtlasGlossaryCategory", List.of("Asset"), "A category that groups a glossary's terms.",
                "shortDescription:string", "longDescription:string",
                "@anchor:AtlasGlossary:AtlasGlossaryCategoryAnchor",
                "@parentCategory:AtlasGlossaryCategory:AtlasGlossaryCategoryHierarchyLink",
                "@childrenCategories:array<AtlasGlossaryCategory>:AtlasGlossaryCategoryHierarchyLink",
                "@terms:array<AtlasGlossaryTerm>:AtlasGlossaryTermCategorization"));
        return defs;
    }

    static List<ObjectNode> enumDefs() {
        ObjectNode def = header("ENUM", "AtlasGlossaryTermRelationshipStatus",
                "How settled a relationship between glossary terms is.");
        ArrayNode elements = def.putArray("elementDefs");
        String[] values = {"DRAFT", "ACTIVE", "DEPRECATED", "OBSOLETE", "OTHER"};
        for (int i = 0; i < values.length; i++) {
            elements.addObject().put("value", values[i]).put("ordinal", i);
        }
        return List.of(def);
    }

    /**
     * An entity def from compact attribute specs: {@code name:type} (a trailing {@code !} makes it
     * mandatory and unique) or {@code @name:type:relationshipType} for a relationship attribute.
     */
    private static ObjectNode entity(String name, List<String> superTypes, String description, String... specs) {
        ObjectNode def = header("ENTITY", name, description);
        def.put("serviceType", "atlan");
        ArrayNode supers = def.putArray("superTypes");
        superTypes.forEach(supers::add);
        ArrayNode attributes = def.putArray("attributeDefs");
        ArrayNode relationships = def.putArray("relationshipAttributeDefs");
        for (String spec : specs) {
            if (spec.startsWith("@")) {
                String[] parts = spec.substring(1).split(":");
                attributeDef(relationships.addObject(), parts[0], parts[1], false)
                        .put("relationshipTypeName", parts[2]);
            } else {
                String[] parts = spec.split(":");
                boolean mandatory = parts[1].endsWith("!");
                attributeDef(attributes.addObject(), parts[0], parts[1].replace("!", ""), mandatory);
            }
        }
        return def;
    }

    private static ObjectNode attributeDef(ObjectNode def, String name, String typeName, boolean mandatory) {
        boolean many = typeName.startsWith("array<");
        return def.put("name", name)
                .put("typeName", typeName)
                .put("isOptional", !mandatory)
                .put("cardinality", many ? "SET" : "SINGLE")
                .put("valuesMinCount", mandatory ? 1 : 0)
                .put("valuesMaxCount", many ? Integer.MAX_VALUE : 1)
                .put("isUnique", mandatory)
                .put("isIndexable", true);
    }

    static ObjectNode header(String category, String name, String description) {
        ObjectNode def = Json.object();
        def.put("category", category);
        def.put("guid", UUID.nameUUIDFromBytes(("typedef:" + name).getBytes(StandardCharsets.UTF_8)).toString());
        def.put("createdBy", "system");
        def.put("updatedBy", "system");
        def.put("createTime", SYSTEM_TIME);
        def.put("updateTime", SYSTEM_TIME);
        def.put("version", 1L);
        def.put("name", name);
        def.put("description", description);
        def.put("typeVersion", "1.0");
        return def;
    }
}
