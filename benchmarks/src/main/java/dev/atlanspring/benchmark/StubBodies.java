package dev.atlanspring.benchmark;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;

/**
 * The stub Atlan's answers: canned bytes for an entity, the current user and errors, and index search pages written
 * straight into a buffer from the asset's number, so that serving a million assets costs the stub next to nothing.
 * Asset {@code n} of the catalog has a GUID and a creation time that both grow with {@code n}, so either orders the
 * catalog the same way.
 */
final class StubBodies {

    /** The number of assets the stub's index search finds. */
    static final long CATALOG_SIZE = 1_000_000;

    /** The creation time of asset 0; asset {@code n} was created {@code n} ms later. */
    static final long FIRST_CREATE_TIME = 1_700_000_000_000L;

    /** A realistic table entity, about 1.5 KB, as {@code GET /api/meta/entity/guid/{guid}} returns it. */
    static final byte[] ENTITY = bytes("""
            {"referredEntities":{},"entity":{"typeName":"Table","guid":"5eed0700-0000-4000-8000-000000000001",\
            "status":"ACTIVE","attributes":{"qualifiedName":"default/snowflake/1700000000/ANALYTICS/SALES/ORDERS",\
            "name":"ORDERS","description":"Every order placed in the web shop, one row per order line.",\
            "rowCount":1284467,"columnCount":12,"sizeBytes":734003200,"databaseName":"ANALYTICS",\
            "schemaName":"SALES","connectorName":"snowflake",\
            "connectionQualifiedName":"default/snowflake/1700000000","isPartitioned":false,\
            "ownerUsers":["jane.doe","sam.lee"],"ownerGroups":["data-engineering"],"certificateStatus":"VERIFIED",\
            "certificateUpdatedBy":"jane.doe","certificateUpdatedAt":1700000500000,\
            "announcementType":"information","announcementTitle":"Nightly load at 02:00 UTC"},\
            "relationshipAttributes":{"schema":{"guid":"5eed0500-0000-4000-8000-000000000001","typeName":"Schema",\
            "uniqueAttributes":{"qualifiedName":"default/snowflake/1700000000/ANALYTICS/SALES"}},\
            "columns":[{"guid":"5eed0800-0000-4000-8000-000000000001","typeName":"Column"},\
            {"guid":"5eed0800-0000-4000-8000-000000000002","typeName":"Column"},\
            {"guid":"5eed0800-0000-4000-8000-000000000003","typeName":"Column"}]},\
            "classifications":[{"typeName":"xq7RtYb2Lm9KcV4nWp3sJd","entityGuid":"5eed0700-0000-4000-8000-000000000001",\
            "entityStatus":"ACTIVE","propagate":true,"removePropagationsOnEntityDelete":true}],\
            "meanings":[{"termGuid":"5eed0900-0000-4000-8000-000000000001","relationGuid":\
            "5eed0a00-0000-4000-8000-000000000001","displayText":"Order","confidence":100}],\
            "labels":["finance","gold"],"createdBy":"jane.doe","updatedBy":"sam.lee","createTime":1700000000000,\
            "updateTime":1700000900000,"version":7}}""");

    /**
     * {@code GET /api/meta/types/typedefs?type=classification}: the one Atlan tag the entity carries, whose hashed
     * internal name the client translates to its display name (once, then from its cache).
     */
    static final byte[] TAG_TYPEDEFS = bytes("""
            {"enumDefs":[],"structDefs":[],"classificationDefs":[{"category":"CLASSIFICATION",\
            "guid":"7a1f0c2e-0000-4000-8000-000000000001","name":"xq7RtYb2Lm9KcV4nWp3sJd","displayName":"PII",\
            "description":"Personal data","attributeDefs":[],"superTypes":[],"entityTypes":[],"subTypes":[],\
            "createdBy":"jane.doe","updatedBy":"jane.doe","createTime":1700000000000,"updateTime":1700000000000,\
            "version":1}],"entityDefs":[],"businessMetadataDefs":[]}""");

    /** {@code GET /api/service/users/current}. */
    static final byte[] CURRENT_USER = bytes("""
            {"id":"2f7a0c1e-0000-4000-8000-000000000001","username":"bench","email":"bench@example.com",\
            "firstName":"Bench","lastName":"Mark","enabled":true,"attributes":{},"personas":[]}""");

    /** A 404 in Atlan's error shape, for GUIDs the stub does not know. */
    static final byte[] NOT_FOUND = bytes("""
            {"errorCode":"ATLAS-404-00-005","errorMessage":"Given instance guid is invalid/not found"}""");

    /** The error body of an injected server error. */
    static final byte[] SERVER_ERROR = bytes("""
            {"errorCode":"ATLAS-500-00-001","errorMessage":"Injected failure"}""");

    /** The error body of an injected rate limit. */
    static final byte[] RATE_LIMITED = bytes("""
            {"errorCode":"ATLAS-429-00-001","errorMessage":"Too many requests"}""");

    private static final byte[] ASSET_START = bytes("{\"typeName\":\"Table\",\"guid\":\"");

    private static final byte[] ASSET_QUALIFIED_NAME = bytes(
            "\",\"status\":\"ACTIVE\",\"attributes\":{\"qualifiedName\":\"default/snowflake/1700000000/BENCH/T/TABLE_");

    private static final byte[] ASSET_NAME = bytes("\",\"name\":\"TABLE_");

    private static final byte[] ASSET_CREATE_TIME = bytes(
            "\",\"rowCount\":1000},\"createdBy\":\"bench\",\"updatedBy\":\"bench\",\"createTime\":");

    private static final byte[] ASSET_UPDATE_TIME = bytes(",\"updateTime\":");

    private static final byte[] ASSET_END = bytes(",\"version\":1}");

    private static final byte[] GUID_PREFIX = bytes("00000000-0000-4000-8000-");

    private StubBodies() {
    }

    /**
     * Writes one page of index search results.
     * @param out the buffer to write to
     * @param from the number of the first asset
     * @param size the most assets to write
     */
    static void writeSearchPage(ByteBuf out, long from, int size) {
        long end = Math.min(CATALOG_SIZE, from + Math.max(0, size));
        out.writeCharSequence("{\"approximateCount\":" + CATALOG_SIZE + ",\"entities\":[", StandardCharsets.US_ASCII);
        for (long n = from; n < end; n++) {
            if (n > from) {
                out.writeByte(',');
            }
            writeAsset(out, n);
        }
        out.writeCharSequence("]}", StandardCharsets.US_ASCII);
    }

    /**
     * Returns the GUID of asset {@code n}: its number in the last twelve digits, so GUIDs sort as numbers do.
     * @param n the asset's number
     * @return the GUID
     */
    static String guid(long n) {
        return new String(GUID_PREFIX, StandardCharsets.US_ASCII) + twelveDigits(n);
    }

    /**
     * Returns the number of the asset with this GUID, or -1 when it is not one of the catalog's.
     * @param guid a GUID
     * @return the asset's number
     */
    static long number(String guid) {
        if (guid.length() != GUID_PREFIX.length + 12 || !guid.startsWith("00000000-0000-4000-8000-")) {
            return -1;
        }
        try {
            return Long.parseLong(guid.substring(GUID_PREFIX.length));
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

    private static void writeAsset(ByteBuf out, long n) {
        String digits = twelveDigits(n);
        out.writeBytes(ASSET_START);
        out.writeBytes(GUID_PREFIX);
        out.writeCharSequence(digits, StandardCharsets.US_ASCII);
        out.writeBytes(ASSET_QUALIFIED_NAME);
        out.writeCharSequence(digits, StandardCharsets.US_ASCII);
        out.writeBytes(ASSET_NAME);
        out.writeCharSequence(digits, StandardCharsets.US_ASCII);
        out.writeBytes(ASSET_CREATE_TIME);
        out.writeCharSequence(Long.toString(FIRST_CREATE_TIME + n), StandardCharsets.US_ASCII);
        out.writeBytes(ASSET_UPDATE_TIME);
        out.writeCharSequence(Long.toString(FIRST_CREATE_TIME + n), StandardCharsets.US_ASCII);
        out.writeBytes(ASSET_END);
    }

    private static String twelveDigits(long n) {
        String digits = Long.toString(n);
        return "000000000000".substring(digits.length()) + digits;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
