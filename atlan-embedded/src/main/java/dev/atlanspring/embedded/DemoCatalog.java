package dev.atlanspring.embedded;

/**
 * The fixed names and GUIDs of the demo catalog that {@link EmbeddedAtlan} seeds, so that apps,
 * documentation and tests can refer to its assets without searching for them first.
 *
 * <p>The catalog imitates one Snowflake connection as Atlan would have crawled it:
 * <pre>
 * Connection  demo-snowflake                 default/snowflake/1700000000
 * └─ Database ANALYTICS
 *    ├─ Schema SALES      ORDERS, ORDER_ITEMS, CUSTOMERS, PRODUCTS, PAYMENTS, SHIPMENTS
 *    └─ Schema MARKETING  CAMPAIGNS, LEADS, WEB_SESSIONS, EMAIL_EVENTS
 * Glossary    Demo Glossary                  terms Revenue, Customer, Order, Churn, Campaign
 * Lineage     ORDER_ITEMS, CUSTOMERS -[load ORDERS]-> ORDERS -[publish ORDERS_DAILY]-> view SALES.ORDERS_DAILY
 *             column ORDER_ITEMS.ORDER_ID -> ORDERS.ORDER_ID, a column process of load ORDERS
 * </pre>
 * Each table has 4 to 6 columns. CUSTOMERS and LEADS (and their EMAIL columns) carry the PII tag,
 * PAYMENTS the Confidential tag; ORDERS, CUSTOMERS, PAYMENTS, CAMPAIGNS and EMAIL_EVENTS are assigned
 * a glossary term each. Everything is created by {@link #DEMO_USERNAME} at {@link #SEED_TIME}.
 */
public final class DemoCatalog {

    /** When every demo asset was created and last updated, in epoch milliseconds. */
    public static final long SEED_TIME = 1_700_000_000_000L;

    /** The user every API key of the embedded server belongs to; it creates and updates everything. */
    public static final String DEMO_USERNAME = "demo";
    /** The id of the demo user. */
    public static final String DEMO_USER_ID = "5eed0000-0000-4000-8000-00000000a11c";
    /** The email address of the demo user. */
    public static final String DEMO_USER_EMAIL = "demo@example.com";

    /** The connector of the demo connection. */
    public static final String CONNECTOR_NAME = "snowflake";
    /** The GUID of the demo connection. */
    public static final String CONNECTION_GUID = "5eed0c00-0000-4000-8000-000000000001";
    /** The name of the demo connection. */
    public static final String CONNECTION_NAME = "demo-snowflake";
    /** The qualifiedName of the demo connection, the prefix of every demo SQL asset's qualifiedName. */
    public static final String CONNECTION_QUALIFIED_NAME = "default/snowflake/1700000000";

    /** The GUID of the database ANALYTICS. */
    public static final String DATABASE_GUID = "5eed0d00-0000-4000-8000-000000000001";
    /** The name of the demo database. */
    public static final String DATABASE_NAME = "ANALYTICS";
    /** The qualifiedName of the database ANALYTICS. */
    public static final String DATABASE_QUALIFIED_NAME = CONNECTION_QUALIFIED_NAME + "/ANALYTICS";

    /** The GUID of the schema SALES. */
    public static final String SALES_SCHEMA_GUID = "5eed0500-0000-4000-8000-000000000001";
    /** The qualifiedName of the schema SALES. */
    public static final String SALES_SCHEMA_QUALIFIED_NAME = DATABASE_QUALIFIED_NAME + "/SALES";
    /** The GUID of the schema MARKETING. */
    public static final String MARKETING_SCHEMA_GUID = "5eed0500-0000-4000-8000-000000000002";
    /** The qualifiedName of the schema MARKETING. */
    public static final String MARKETING_SCHEMA_QUALIFIED_NAME = DATABASE_QUALIFIED_NAME + "/MARKETING";

    /**
     * The qualifiedName of the schema the generated tables ({@link EmbeddedAtlan.Builder#generatedAssets(int)})
     * name as theirs; each is {@code <this>/TABLE_000001} and so on.
     */
    public static final String GENERATED_SCHEMA_QUALIFIED_NAME = DATABASE_QUALIFIED_NAME + "/GENERATED";

    /** The GUID of the table SALES.ORDERS. */
    public static final String ORDERS_TABLE_GUID = "5eed0700-0000-4000-8000-000000000001";
    /** The qualifiedName of the table SALES.ORDERS. */
    public static final String ORDERS_TABLE_QUALIFIED_NAME = SALES_SCHEMA_QUALIFIED_NAME + "/ORDERS";
    /** The GUID of the table SALES.CUSTOMERS, tagged PII. */
    public static final String CUSTOMERS_TABLE_GUID = "5eed0700-0000-4000-8000-000000000003";
    /** The qualifiedName of the table SALES.CUSTOMERS. */
    public static final String CUSTOMERS_TABLE_QUALIFIED_NAME = SALES_SCHEMA_QUALIFIED_NAME + "/CUSTOMERS";
    /** The GUID of the table SALES.PAYMENTS, tagged Confidential. */
    public static final String PAYMENTS_TABLE_GUID = "5eed0700-0000-4000-8000-000000000005";
    /** The qualifiedName of the table SALES.PAYMENTS. */
    public static final String PAYMENTS_TABLE_QUALIFIED_NAME = SALES_SCHEMA_QUALIFIED_NAME + "/PAYMENTS";
    /** The GUID of the table MARKETING.CAMPAIGNS. */
    public static final String CAMPAIGNS_TABLE_GUID = "5eed0700-0000-4000-8000-000000000007";
    /** The qualifiedName of the table MARKETING.CAMPAIGNS. */
    public static final String CAMPAIGNS_TABLE_QUALIFIED_NAME = MARKETING_SCHEMA_QUALIFIED_NAME + "/CAMPAIGNS";

    /** The GUID of the glossary. */
    public static final String GLOSSARY_GUID = "5eed0900-0000-4000-8000-000000000001";
    /** The name of the glossary. */
    public static final String GLOSSARY_NAME = "Demo Glossary";
    /** The qualifiedName of the glossary: Atlan gives glossaries short random ids. */
    public static final String GLOSSARY_QUALIFIED_NAME = "aGl0ssAryDemo01";

    /** The GUID of the term Revenue. */
    public static final String REVENUE_TERM_GUID = "5eed0e00-0000-4000-8000-000000000001";
    /** The qualifiedName of the term Revenue: {@code <term id>@<glossary qualifiedName>}, as in Atlan. */
    public static final String REVENUE_TERM_QUALIFIED_NAME = "tRmRevenue00001@" + GLOSSARY_QUALIFIED_NAME;
    /** The GUID of the term Customer. */
    public static final String CUSTOMER_TERM_GUID = "5eed0e00-0000-4000-8000-000000000002";
    /** The qualifiedName of the term Customer. */
    public static final String CUSTOMER_TERM_QUALIFIED_NAME = "tRmCustomer0002@" + GLOSSARY_QUALIFIED_NAME;
    /** The GUID of the term Order. */
    public static final String ORDER_TERM_GUID = "5eed0e00-0000-4000-8000-000000000003";
    /** The qualifiedName of the term Order. */
    public static final String ORDER_TERM_QUALIFIED_NAME = "tRmOrder0000003@" + GLOSSARY_QUALIFIED_NAME;
    /** The GUID of the term Churn. */
    public static final String CHURN_TERM_GUID = "5eed0e00-0000-4000-8000-000000000004";
    /** The qualifiedName of the term Churn. */
    public static final String CHURN_TERM_QUALIFIED_NAME = "tRmChurn0000004@" + GLOSSARY_QUALIFIED_NAME;
    /** The GUID of the term Campaign. */
    public static final String CAMPAIGN_TERM_GUID = "5eed0e00-0000-4000-8000-000000000005";
    /** The qualifiedName of the term Campaign. */
    public static final String CAMPAIGN_TERM_QUALIFIED_NAME = "tRmCampaign0005@" + GLOSSARY_QUALIFIED_NAME;

    /** The internal (hashed) name of the custom metadata set Data Quality; ORDERS carries values of it. */
    public static final String DATA_QUALITY_SET_NAME = "bMdQ4xT9vLk2Rw7Zp1Ns8c";
    /** The name people see for the set {@link #DATA_QUALITY_SET_NAME}. */
    public static final String DATA_QUALITY_SET_DISPLAY_NAME = "Data Quality";

    /** The internal (hashed) name of the Atlan tag PII; entities' classifications use this name. */
    public static final String PII_TAG_NAME = "Wq8ZDbXw2fcLp3QHrm9Ysn";
    /** The name people see for the tag {@link #PII_TAG_NAME}. */
    public static final String PII_TAG_DISPLAY_NAME = "PII";
    /** The internal (hashed) name of the Atlan tag Confidential. */
    public static final String CONFIDENTIAL_TAG_NAME = "Kd3mPq7RtX2vNw9LsY4bZe";
    /** The name people see for the tag {@link #CONFIDENTIAL_TAG_NAME}. */
    public static final String CONFIDENTIAL_TAG_DISPLAY_NAME = "Confidential";

    /** The GUID of the view SALES.ORDERS_DAILY, downstream of ORDERS. */
    public static final String ORDERS_DAILY_VIEW_GUID = "5eed0800-0000-4000-8000-000000000001";
    /** The qualifiedName of the view SALES.ORDERS_DAILY. */
    public static final String ORDERS_DAILY_VIEW_QUALIFIED_NAME = SALES_SCHEMA_QUALIFIED_NAME + "/ORDERS_DAILY";

    /** The GUID of the process load ORDERS: ORDER_ITEMS and CUSTOMERS in, ORDERS out. */
    public static final String LOAD_ORDERS_PROCESS_GUID = "5eed0a00-0000-4000-8000-000000000001";
    /** The name of the process load ORDERS. */
    public static final String LOAD_ORDERS_PROCESS_NAME = "load ORDERS";
    /**
     * The qualifiedName of the process load ORDERS, as the official SDKs generate it from its name, connection,
     * and its inputs' and outputs' GUIDs, so that saving the same process from an SDK updates this one.
     */
    public static final String LOAD_ORDERS_PROCESS_QUALIFIED_NAME = CONNECTION_QUALIFIED_NAME
            + "/3cbb97985345626962af26c9fd71a4fb";
    /** The GUID of the process publish ORDERS_DAILY: ORDERS in, the view ORDERS_DAILY out. */
    public static final String PUBLISH_ORDERS_DAILY_PROCESS_GUID = "5eed0a00-0000-4000-8000-000000000002";
    /** The name of the process publish ORDERS_DAILY. */
    public static final String PUBLISH_ORDERS_DAILY_PROCESS_NAME = "publish ORDERS_DAILY";
    /** The qualifiedName of the process publish ORDERS_DAILY, generated as the SDKs do. */
    public static final String PUBLISH_ORDERS_DAILY_PROCESS_QUALIFIED_NAME = CONNECTION_QUALIFIED_NAME
            + "/a6be35fbedcf65f20982fa1f3f5f6026";
    /** The GUID of the column process ORDER_ITEMS.ORDER_ID to ORDERS.ORDER_ID, part of load ORDERS. */
    public static final String ORDER_ID_COLUMN_PROCESS_GUID = "5eed0a00-0000-4000-8000-000000000003";
    /** The name of the column process. */
    public static final String ORDER_ID_COLUMN_PROCESS_NAME = "ORDER_ITEMS.ORDER_ID to ORDERS.ORDER_ID";
    /** The qualifiedName of the column process, generated as the SDKs do (its parent's GUID included). */
    public static final String ORDER_ID_COLUMN_PROCESS_QUALIFIED_NAME = CONNECTION_QUALIFIED_NAME
            + "/23b79287147919ebb0505a0efc1c13d0";

    /** How many tables the demo catalog has. */
    public static final int TABLE_COUNT = 10;
    /** How many columns the demo catalog's tables have together. */
    public static final int COLUMN_COUNT = 50;
    /** How many glossary terms the demo glossary has. */
    public static final int TERM_COUNT = 5;
    /** How many groups the demo directory has. */
    public static final int GROUP_COUNT = 4;
    /** How many views the demo catalog has. */
    public static final int VIEW_COUNT = 1;
    /** How many lineage processes the demo catalog has: two processes and one column process. */
    public static final int PROCESS_COUNT = 3;
    /**
     * How many assets are seeded: connection, database, 2 schemas, tables, columns, glossary, terms, views and
     * processes.
     */
    public static final int ASSET_COUNT = 1 + 1 + 2 + TABLE_COUNT + COLUMN_COUNT + 1 + TERM_COUNT + VIEW_COUNT
            + PROCESS_COUNT;

    private DemoCatalog() {
    }
}
