package dev.atlanspring.embedded;

import static dev.atlanspring.embedded.DemoCatalog.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates the demo catalog described by {@link DemoCatalog}: the same assets, GUIDs and times on
 * every start, wired together with relationship attributes the way Atlan returns them.
 */
final class DemoCatalogSeed {

    /** A table; a column is {@code "NAME TYPE"}, with a trailing {@code PII} for a tagged column. */
    private record TableSpec(String schema, String name, String guid, String description, long rowCount,
            String tag, String termGuid, String certificate, List<String> columns) {
    }

    private record TermSpec(String guid, String qualifiedName, String name, String description) {
    }

    private static final List<TableSpec> TABLES = List.of(
            new TableSpec("SALES", "ORDERS", ORDERS_TABLE_GUID,
                    "One row per customer order, with its status, total and when it was placed.", 1_250_000,
                    null, ORDER_TERM_GUID, "VERIFIED",
                    List.of("ORDER_ID NUMBER", "CUSTOMER_ID NUMBER", "ORDER_DATE DATE", "STATUS VARCHAR",
                            "TOTAL_AMOUNT NUMBER")),
            new TableSpec("SALES", "ORDER_ITEMS", "5eed0700-0000-4000-8000-000000000002",
                    "The line items of every order: which product, how many and at what price.", 4_800_000,
                    null, null, null,
                    List.of("ORDER_ITEM_ID NUMBER", "ORDER_ID NUMBER", "PRODUCT_ID NUMBER", "QUANTITY NUMBER",
                            "UNIT_PRICE NUMBER")),
            new TableSpec("SALES", "CUSTOMERS", CUSTOMERS_TABLE_GUID,
                    "Every customer who has ever placed an order, with their contact details.", 320_000,
                    PII_TAG_NAME, CUSTOMER_TERM_GUID, "VERIFIED",
                    List.of("CUSTOMER_ID NUMBER", "FIRST_NAME VARCHAR", "LAST_NAME VARCHAR", "EMAIL VARCHAR PII",
                            "COUNTRY VARCHAR", "CREATED_AT TIMESTAMP_NTZ")),
            new TableSpec("SALES", "PRODUCTS", "5eed0700-0000-4000-8000-000000000004",
                    "The product catalog: names, categories and list prices.", 5_400,
                    null, null, "DRAFT",
                    List.of("PRODUCT_ID NUMBER", "NAME VARCHAR", "CATEGORY VARCHAR", "LIST_PRICE NUMBER")),
            new TableSpec("SALES", "PAYMENTS", PAYMENTS_TABLE_GUID,
                    "Payments received against orders, one row per payment attempt.", 1_310_000,
                    CONFIDENTIAL_TAG_NAME, REVENUE_TERM_GUID, "VERIFIED",
                    List.of("PAYMENT_ID NUMBER", "ORDER_ID NUMBER", "AMOUNT NUMBER", "METHOD VARCHAR",
                            "PAID_AT TIMESTAMP_NTZ")),
            new TableSpec("SALES", "SHIPMENTS", "5eed0700-0000-4000-8000-000000000006",
                    "Shipments sent to customers, with the carrier and the delivery dates.", 1_180_000,
                    null, null, null,
                    List.of("SHIPMENT_ID NUMBER", "ORDER_ID NUMBER", "CARRIER VARCHAR", "SHIPPED_AT TIMESTAMP_NTZ",
                            "DELIVERED_AT TIMESTAMP_NTZ")),
            new TableSpec("MARKETING", "CAMPAIGNS", CAMPAIGNS_TABLE_GUID,
                    "Marketing campaigns with their channel, budget and run dates.", 240,
                    null, CAMPAIGN_TERM_GUID, "VERIFIED",
                    List.of("CAMPAIGN_ID NUMBER", "NAME VARCHAR", "CHANNEL VARCHAR", "BUDGET NUMBER",
                            "STARTS_ON DATE", "ENDS_ON DATE")),
            new TableSpec("MARKETING", "LEADS", "5eed0700-0000-4000-8000-000000000008",
                    "Prospects captured by campaigns before they become customers.", 86_000,
                    PII_TAG_NAME, null, null,
                    List.of("LEAD_ID NUMBER", "CAMPAIGN_ID NUMBER", "EMAIL VARCHAR PII", "SOURCE VARCHAR",
                            "CREATED_AT TIMESTAMP_NTZ")),
            new TableSpec("MARKETING", "WEB_SESSIONS", "5eed0700-0000-4000-8000-000000000009",
                    "Website sessions with their landing page and traffic source.", 9_700_000,
                    null, null, "DEPRECATED",
                    List.of("SESSION_ID VARCHAR", "VISITOR_ID VARCHAR", "LANDING_PAGE VARCHAR", "SOURCE VARCHAR",
                            "STARTED_AT TIMESTAMP_NTZ")),
            new TableSpec("MARKETING", "EMAIL_EVENTS", "5eed0700-0000-4000-8000-000000000010",
                    "Opens, clicks and unsubscribes of marketing emails, one row per event.", 15_300_000,
                    null, CHURN_TERM_GUID, null,
                    List.of("EVENT_ID NUMBER", "LEAD_ID NUMBER", "EVENT_TYPE VARCHAR", "OCCURRED_AT TIMESTAMP_NTZ")));

    private static final List<TermSpec> TERMS = List.of(
            new TermSpec(REVENUE_TERM_GUID, REVENUE_TERM_QUALIFIED_NAME, "Revenue",
                    "Money received from customers for orders, net of refunds."),
            new TermSpec(CUSTOMER_TERM_GUID, CUSTOMER_TERM_QUALIFIED_NAME, "Customer",
                    "A person or company that has placed at least one order."),
            new TermSpec(ORDER_TERM_GUID, ORDER_TERM_QUALIFIED_NAME, "Order",
                    "A customer's request to buy one or more products, placed at one time."),
            new TermSpec(CHURN_TERM_GUID, CHURN_TERM_QUALIFIED_NAME, "Churn",
                    "The share of customers who stop buying or unsubscribe within a period."),
            new TermSpec(CAMPAIGN_TERM_GUID, CAMPAIGN_TERM_QUALIFIED_NAME, "Campaign",
                    "A marketing effort on one channel, with a budget and run dates."));

    private DemoCatalogSeed() {
    }

    static void seed(TypeRegistry types, EntityMutations mutations, UserDirectory users) {
        types.addClassification(PII_TAG_NAME, PII_TAG_DISPLAY_NAME,
                "Personally identifiable information: handle it under the privacy policy.", "Red");
        types.addClassification(CONFIDENTIAL_TAG_NAME, CONFIDENTIAL_TAG_DISPLAY_NAME,
                "Business-confidential data: share it inside the company only.", "Yellow");

        ArrayNode entities = Json.array();
        entities.add(connection());
        entities.add(database());
        entities.add(schema("SALES", SALES_SCHEMA_GUID));
        entities.add(schema("MARKETING", MARKETING_SCHEMA_GUID));
        for (TableSpec table : TABLES) {
            entities.add(table(table));
            for (int i = 0; i < table.columns.size(); i++) {
                entities.add(column(table, table.columns.get(i), i + 1));
            }
        }
        entities.add(glossary());
        TERMS.forEach(term -> entities.add(term(term)));
        types.addBusinessMetadata(DemoCustomMetadata.dataQuality());
        DemoCustomMetadata.addValues(entities, ORDERS_TABLE_GUID);
        DemoLineage.addTo(entities);
        mutations.upsert(entities, true, DEMO_USERNAME);

        users.addGroup("5eed0600-0000-4000-8000-000000000001", "data-engineers", "Data Engineers",
                "Build and run the pipelines that load the warehouse.", 4);
        users.addGroup("5eed0600-0000-4000-8000-000000000002", "analysts", "Analysts",
                "Answer business questions from the warehouse.", 12);
        users.addGroup("5eed0600-0000-4000-8000-000000000003", "data-stewards", "Data Stewards",
                "Own the glossary and the quality of the catalog.", 3);
        users.addGroup("5eed0600-0000-4000-8000-000000000004", "admins", "Admins",
                "Administer the Atlan tenant.", 1);
    }

    private static ObjectNode connection() {
        ObjectNode entity = entity("Connection", CONNECTION_GUID, CONNECTION_NAME, CONNECTION_QUALIFIED_NAME,
                "The demo Snowflake account that Atlan crawls every night.");
        ((ObjectNode) entity.get("attributes")).put("connectorName", CONNECTOR_NAME)
                .put("category", "warehouse")
                .put("host", "demo.snowflakecomputing.com")
                .put("port", 443)
                .put("allowQuery", true);
        return entity;
    }

    private static ObjectNode database() {
        ObjectNode entity = entity("Database", DATABASE_GUID, DATABASE_NAME, DATABASE_QUALIFIED_NAME,
                "The analytics warehouse: sales and marketing data, refreshed daily.");
        connectionAttributes(entity).put("schemaCount", 2);
        ArrayNode schemas = relationships(entity).putArray("schemas");
        schemas.add(ref(SALES_SCHEMA_GUID, "Schema", SALES_SCHEMA_QUALIFIED_NAME, "SALES", "database_schemas",
                DATABASE_GUID));
        schemas.add(ref(MARKETING_SCHEMA_GUID, "Schema", MARKETING_SCHEMA_QUALIFIED_NAME, "MARKETING",
                "database_schemas", DATABASE_GUID));
        return entity;
    }

    private static ObjectNode schema(String name, String guid) {
        String qualifiedName = DATABASE_QUALIFIED_NAME + "/" + name;
        ObjectNode entity = entity("Schema", guid, name, qualifiedName,
                name.equals("SALES") ? "Orders, customers, products and everything that happens after a sale."
                        : "Campaigns, leads and how people find and use the website.");
        long tableCount = TABLES.stream().filter(t -> t.schema.equals(name)).count();
        connectionAttributes(entity).put("databaseName", DATABASE_NAME)
                .put("databaseQualifiedName", DATABASE_QUALIFIED_NAME)
                .put("tableCount", tableCount);
        ObjectNode relationships = relationships(entity);
        relationships.set("database", ref(DATABASE_GUID, "Database", DATABASE_QUALIFIED_NAME, DATABASE_NAME,
                "database_schemas", guid));
        ArrayNode tables = relationships.putArray("tables");
        TABLES.stream().filter(t -> t.schema.equals(name)).forEach(t ->
                tables.add(ref(t.guid, "Table", qualifiedName + "/" + t.name, t.name, "schema_tables", guid)));
        return entity;
    }

    private static ObjectNode table(TableSpec table) {
        String schemaQualifiedName = DATABASE_QUALIFIED_NAME + "/" + table.schema;
        String qualifiedName = schemaQualifiedName + "/" + table.name;
        ObjectNode entity = entity("Table", table.guid, table.name, qualifiedName, table.description);
        ObjectNode attributes = sqlAttributes(entity, table.schema)
                .put("rowCount", table.rowCount)
                .put("columnCount", table.columns.size());
        if (table.certificate != null) {
            attributes.put("certificateStatus", table.certificate);
            attributes.putArray("ownerUsers").add(DEMO_USERNAME);
        }
        ObjectNode relationships = relationships(entity);
        relationships.set("schema", ref(schemaGuid(table.schema), "Schema", schemaQualifiedName, table.schema,
                "schema_tables", table.guid));
        ArrayNode columns = relationships.putArray("columns");
        for (String column : table.columns) {
            String name = column.split(" ")[0];
            String columnQualifiedName = qualifiedName + "/" + name;
            columns.add(ref(guidOf(columnQualifiedName), "Column", columnQualifiedName, name, "table_columns",
                    table.guid));
        }
        if (table.tag != null) {
            entity.putArray("classifications").add(classification(table.tag, table.guid));
        }
        if (table.termGuid != null) {
            TermSpec term = TERMS.stream().filter(t -> t.guid.equals(table.termGuid)).findFirst().orElseThrow();
            entity.putArray("meanings").addObject()
                    .put("termGuid", term.guid)
                    .put("relationGuid", relationshipGuid("AtlasGlossarySemanticAssignment", term.guid, table.guid))
                    .put("displayText", term.name)
                    .put("confidence", 0);
            relationships.putArray("meanings").add(ref(term.guid, "AtlasGlossaryTerm", term.qualifiedName, term.name,
                    "AtlasGlossarySemanticAssignment", table.guid));
        }
        return entity;
    }

    private static ObjectNode column(TableSpec table, String spec, int order) {
        String[] parts = spec.split(" ");
        String tableQualifiedName = DATABASE_QUALIFIED_NAME + "/" + table.schema + "/" + table.name;
        String qualifiedName = tableQualifiedName + "/" + parts[0];
        String guid = guidOf(qualifiedName);
        ObjectNode entity = entity("Column", guid, parts[0], qualifiedName, null);
        sqlAttributes(entity, table.schema)
                .put("tableName", table.name)
                .put("tableQualifiedName", tableQualifiedName)
                .put("dataType", parts[1])
                .put("order", order)
                .put("isNullable", order > 1);
        relationships(entity).set("table", ref(table.guid, "Table", tableQualifiedName, table.name, "table_columns",
                guid));
        if (parts.length > 2) {
            entity.putArray("classifications").add(classification(PII_TAG_NAME, guid));
        }
        return entity;
    }

    private static ObjectNode glossary() {
        ObjectNode entity = entity("AtlasGlossary", GLOSSARY_GUID, GLOSSARY_NAME, GLOSSARY_QUALIFIED_NAME,
                "The words the business uses, defined once.");
        ((ObjectNode) entity.get("attributes")).put("shortDescription", "The words the business uses, defined once.");
        ArrayNode terms = relationships(entity).putArray("terms");
        TERMS.forEach(term -> terms.add(ref(term.guid, "AtlasGlossaryTerm", term.qualifiedName, term.name,
                "AtlasGlossaryTermAnchor", GLOSSARY_GUID)));
        return entity;
    }

    private static ObjectNode term(TermSpec term) {
        ObjectNode entity = entity("AtlasGlossaryTerm", term.guid, term.name, term.qualifiedName, term.description);
        ((ObjectNode) entity.get("attributes")).put("shortDescription", term.description);
        ObjectNode relationships = relationships(entity);
        relationships.set("anchor", ref(GLOSSARY_GUID, "AtlasGlossary", GLOSSARY_QUALIFIED_NAME, GLOSSARY_NAME,
                "AtlasGlossaryTermAnchor", term.guid));
        ArrayNode assigned = relationships.putArray("assignedEntities");
        TABLES.stream().filter(t -> term.guid.equals(t.termGuid)).forEach(t -> assigned.add(ref(t.guid, "Table",
                DATABASE_QUALIFIED_NAME + "/" + t.schema + "/" + t.name, t.name, "AtlasGlossarySemanticAssignment",
                term.guid)));
        return entity;
    }

    private static ObjectNode entity(String typeName, String guid, String name, String qualifiedName,
            String description) {
        ObjectNode entity = Json.object();
        entity.put("typeName", typeName);
        entity.put("guid", guid);
        ObjectNode attributes = entity.putObject("attributes");
        attributes.put("name", name);
        attributes.put("qualifiedName", qualifiedName);
        if (description != null) {
            attributes.put("description", description);
        }
        entity.putObject("relationshipAttributes");
        return entity;
    }

    private static ObjectNode connectionAttributes(ObjectNode entity) {
        return ((ObjectNode) entity.get("attributes"))
                .put("connectorName", CONNECTOR_NAME)
                .put("connectionQualifiedName", CONNECTION_QUALIFIED_NAME);
    }

    private static ObjectNode sqlAttributes(ObjectNode entity, String schema) {
        return connectionAttributes(entity)
                .put("databaseName", DATABASE_NAME)
                .put("databaseQualifiedName", DATABASE_QUALIFIED_NAME)
                .put("schemaName", schema)
                .put("schemaQualifiedName", DATABASE_QUALIFIED_NAME + "/" + schema);
    }

    private static ObjectNode relationships(ObjectNode entity) {
        return (ObjectNode) entity.get("relationshipAttributes");
    }

    /**
     * A reference to a seeded entity, as Atlan writes one in a relationship attribute, with the GUID of the
     * relationship derived from its type and its two ends.
     */
    static ObjectNode ref(String guid, String typeName, String qualifiedName, String displayText,
            String relationshipType, String otherEnd) {
        ObjectNode ref = Json.object();
        ref.put("guid", guid);
        ref.put("typeName", typeName);
        ref.put("entityStatus", StoredEntity.ACTIVE);
        ref.put("displayText", displayText);
        ref.put("relationshipType", relationshipType);
        ref.put("relationshipGuid", relationshipGuid(relationshipType, guid, otherEnd));
        ref.put("relationshipStatus", StoredEntity.ACTIVE);
        ref.putObject("uniqueAttributes").put("qualifiedName", qualifiedName);
        return ref;
    }

    private static ObjectNode classification(String tag, String entityGuid) {
        ObjectNode classification = Json.object();
        classification.put("typeName", tag);
        classification.put("entityGuid", entityGuid);
        classification.put("entityStatus", StoredEntity.ACTIVE);
        classification.put("propagate", true);
        classification.put("removePropagationsOnEntityDelete", true);
        classification.put("restrictPropagationThroughLineage", false);
        return classification;
    }

    private static String schemaGuid(String schema) {
        return schema.equals("SALES") ? SALES_SCHEMA_GUID : MARKETING_SCHEMA_GUID;
    }

    /** Both ends of a relationship must show the same relationship GUID, whichever end computes it. */
    private static String relationshipGuid(String relationshipType, String end1, String end2) {
        List<String> ends = new ArrayList<>(List.of(end1, end2));
        ends.sort(null);
        return guidOf(relationshipType + ":" + ends.get(0) + ":" + ends.get(1));
    }

    /** A seeded GUID: the same for the same seed on every start. */
    static String guidOf(String seed) {
        return UUID.nameUUIDFromBytes(("demo-catalog:" + seed).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
