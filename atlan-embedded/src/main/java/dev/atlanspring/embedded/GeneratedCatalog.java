package dev.atlanspring.embedded;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated tables, for trying search paging over thousands of results, or past the 100,000 that paging by
 * {@code from} and {@code size} reaches. They are created in groups of {@link #SAME_TIME} that share a creation
 * time, as assets crawled together do in Atlan, so paging by creation time must break ties by GUID.
 */
final class GeneratedCatalog {

    /** How many generated tables share one creation time. */
    static final int SAME_TIME = 1_000;

    private GeneratedCatalog() {
    }

    static void generate(int count, EntityStore store, TypeRegistry types) {
        for (int start = 0; start < count; start += SAME_TIME) {
            long createTime = DemoCatalog.SEED_TIME + 1 + start / SAME_TIME;
            ArrayNode batch = Json.array();
            for (int i = start; i < Math.min(count, start + SAME_TIME); i++) {
                batch.add(table(i + 1));
            }
            new EntityMutations(store, types, () -> createTime).upsert(batch, true, DemoCatalog.DEMO_USERNAME);
        }
    }

    private static ObjectNode table(int number) {
        String name = String.format("TABLE_%06d", number);
        ObjectNode entity = Json.object();
        entity.put("typeName", "Table");
        entity.putObject("attributes")
                .put("qualifiedName", DemoCatalog.GENERATED_SCHEMA_QUALIFIED_NAME + "/" + name)
                .put("name", name)
                .put("connectorName", DemoCatalog.CONNECTOR_NAME)
                .put("connectionQualifiedName", DemoCatalog.CONNECTION_QUALIFIED_NAME)
                .put("databaseName", DemoCatalog.DATABASE_NAME)
                .put("databaseQualifiedName", DemoCatalog.DATABASE_QUALIFIED_NAME)
                .put("schemaName", "GENERATED")
                .put("schemaQualifiedName", DemoCatalog.GENERATED_SCHEMA_QUALIFIED_NAME)
                .put("rowCount", number);
        return entity;
    }
}
