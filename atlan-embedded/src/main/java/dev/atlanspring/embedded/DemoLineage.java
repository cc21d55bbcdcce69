package dev.atlanspring.embedded;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.atlanspring.embedded.DemoCatalog.*;
import static dev.atlanspring.embedded.DemoCatalogSeed.ref;

/**
 * The lineage of the demo catalog (see {@link DemoCatalog}): ORDER_ITEMS and CUSTOMERS feed ORDERS through the
 * process {@code load ORDERS}, ORDERS feeds the view ORDERS_DAILY through {@code publish ORDERS_DAILY}, and the
 * column process of {@code load ORDERS} carries ORDER_ITEMS.ORDER_ID to ORDERS.ORDER_ID. The processes hold the
 * {@code inputs} and {@code outputs} relationships, as a process saved by an SDK does; their qualifiedNames are the
 * ones the SDKs generate for them.
 */
final class DemoLineage {

    private static final String ORDER_ITEMS_GUID = "5eed0700-0000-4000-8000-000000000002";
    private static final String ORDER_ITEMS_QUALIFIED_NAME = SALES_SCHEMA_QUALIFIED_NAME + "/ORDER_ITEMS";

    private DemoLineage() {
    }

    /** Adds the view and the processes to the entities the seed writes. */
    static void addTo(ArrayNode entities) {
        entities.add(view());
        ObjectNode load = process("Process", LOAD_ORDERS_PROCESS_GUID, LOAD_ORDERS_PROCESS_NAME,
                LOAD_ORDERS_PROCESS_QUALIFIED_NAME);
        object(load, "attributes").put("sql", "INSERT INTO ORDERS SELECT i.ORDER_ID, c.CUSTOMER_ID, ... FROM ORDER_ITEMS i"
                + " JOIN CUSTOMERS c ON ...");
        inputs(load).add(ref(ORDER_ITEMS_GUID, "Table", ORDER_ITEMS_QUALIFIED_NAME, "ORDER_ITEMS",
                "catalog_process_inputs", LOAD_ORDERS_PROCESS_GUID));
        inputs(load).add(ref(CUSTOMERS_TABLE_GUID, "Table", CUSTOMERS_TABLE_QUALIFIED_NAME, "CUSTOMERS",
                "catalog_process_inputs", LOAD_ORDERS_PROCESS_GUID));
        outputs(load).add(ref(ORDERS_TABLE_GUID, "Table", ORDERS_TABLE_QUALIFIED_NAME, "ORDERS",
                "process_catalog_outputs", LOAD_ORDERS_PROCESS_GUID));
        object(load, "relationshipAttributes").putArray("columnProcesses").add(ref(ORDER_ID_COLUMN_PROCESS_GUID,
                "ColumnProcess", ORDER_ID_COLUMN_PROCESS_QUALIFIED_NAME, ORDER_ID_COLUMN_PROCESS_NAME,
                "column_lineage", LOAD_ORDERS_PROCESS_GUID));
        entities.add(load);

        ObjectNode column = process("ColumnProcess", ORDER_ID_COLUMN_PROCESS_GUID, ORDER_ID_COLUMN_PROCESS_NAME,
                ORDER_ID_COLUMN_PROCESS_QUALIFIED_NAME);
        String from = ORDER_ITEMS_QUALIFIED_NAME + "/ORDER_ID";
        String to = ORDERS_TABLE_QUALIFIED_NAME + "/ORDER_ID";
        inputs(column).add(ref(columnGuid(from), "Column", from, "ORDER_ID", "catalog_process_inputs",
                ORDER_ID_COLUMN_PROCESS_GUID));
        outputs(column).add(ref(columnGuid(to), "Column", to, "ORDER_ID", "process_catalog_outputs",
                ORDER_ID_COLUMN_PROCESS_GUID));
        object(column, "relationshipAttributes").set("process", ref(LOAD_ORDERS_PROCESS_GUID, "Process",
                LOAD_ORDERS_PROCESS_QUALIFIED_NAME, LOAD_ORDERS_PROCESS_NAME, "column_lineage",
                ORDER_ID_COLUMN_PROCESS_GUID));
        entities.add(column);

        ObjectNode publish = process("Process", PUBLISH_ORDERS_DAILY_PROCESS_GUID, PUBLISH_ORDERS_DAILY_PROCESS_NAME,
                PUBLISH_ORDERS_DAILY_PROCESS_QUALIFIED_NAME);
        object(publish, "attributes").put("sql", "CREATE OR REPLACE VIEW ORDERS_DAILY AS SELECT ORDER_DATE, COUNT(*)"
                + " AS ORDER_COUNT, SUM(TOTAL_AMOUNT) AS REVENUE FROM ORDERS GROUP BY ORDER_DATE");
        inputs(publish).add(ref(ORDERS_TABLE_GUID, "Table", ORDERS_TABLE_QUALIFIED_NAME, "ORDERS",
                "catalog_process_inputs", PUBLISH_ORDERS_DAILY_PROCESS_GUID));
        outputs(publish).add(ref(ORDERS_DAILY_VIEW_GUID, "View", ORDERS_DAILY_VIEW_QUALIFIED_NAME, "ORDERS_DAILY",
                "process_catalog_outputs", PUBLISH_ORDERS_DAILY_PROCESS_GUID));
        entities.add(publish);
    }

    private static ObjectNode view() {
        ObjectNode view = entity("View", ORDERS_DAILY_VIEW_GUID, "ORDERS_DAILY", ORDERS_DAILY_VIEW_QUALIFIED_NAME);
        object(view, "attributes")
                .put("description", "Orders and revenue per day, for the sales dashboard.")
                .put("databaseName", DATABASE_NAME)
                .put("databaseQualifiedName", DATABASE_QUALIFIED_NAME)
                .put("schemaName", "SALES")
                .put("schemaQualifiedName", SALES_SCHEMA_QUALIFIED_NAME)
                .put("columnCount", 3)
                .put("definition", "SELECT ORDER_DATE, COUNT(*) AS ORDER_COUNT, SUM(TOTAL_AMOUNT) AS REVENUE"
                        + " FROM ORDERS GROUP BY ORDER_DATE");
        object(view, "relationshipAttributes").set("atlanSchema", ref(SALES_SCHEMA_GUID, "Schema",
                SALES_SCHEMA_QUALIFIED_NAME, "SALES", "schema_views", ORDERS_DAILY_VIEW_GUID));
        return view;
    }

    private static ObjectNode process(String typeName, String guid, String name, String qualifiedName) {
        return entity(typeName, guid, name, qualifiedName);
    }

    private static ObjectNode entity(String typeName, String guid, String name, String qualifiedName) {
        ObjectNode entity = Json.object();
        entity.put("typeName", typeName);
        entity.put("guid", guid);
        entity.putObject("attributes")
                .put("name", name)
                .put("qualifiedName", qualifiedName)
                .put("connectorName", CONNECTOR_NAME)
                .put("connectionQualifiedName", CONNECTION_QUALIFIED_NAME);
        entity.putObject("relationshipAttributes");
        return entity;
    }

    private static ObjectNode object(ObjectNode entity, String name) {
        return (ObjectNode) entity.get(name);
    }

    private static ArrayNode inputs(ObjectNode process) {
        return list(process, "inputs");
    }

    private static ArrayNode outputs(ObjectNode process) {
        return list(process, "outputs");
    }

    private static ArrayNode list(ObjectNode entity, String name) {
        ObjectNode relationships = object(entity, "relationshipAttributes");
        return relationships.has(name) ? (ArrayNode) relationships.get(name) : relationships.putArray(name);
    }

    /** The seed's column GUIDs: derived from the qualifiedName, as {@link DemoCatalogSeed} derives them. */
    private static String columnGuid(String qualifiedName) {
        return DemoCatalogSeed.guidOf(qualifiedName);
    }

}
