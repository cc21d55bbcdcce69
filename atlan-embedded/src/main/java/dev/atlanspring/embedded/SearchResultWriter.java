package dev.atlanspring.embedded;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * Writes an index search response the way Atlan shapes it, straight to JSON bytes.
 *
 * <p>A page holds up to thousands of entities; streaming them avoids building a JSON tree per entity
 * only to serialize it at once, which was most of the cost of a page.
 */
final class SearchResultWriter {

    private final Set<String> attributes;
    private final List<String> relationAttributes;

    /**
     * @param attributes         the attributes asked for, besides the qualifiedName and name every result has
     * @param relationAttributes the relationship attributes asked for
     */
    SearchResultWriter(List<String> attributes, List<String> relationAttributes) {
        this.attributes = new LinkedHashSet<>(attributes);
        this.attributes.remove("qualifiedName");
        this.attributes.remove("name");
        this.relationAttributes = List.copyOf(new LinkedHashSet<>(relationAttributes));
    }

    /**
     * The response: the total count, the page's entities unless it is empty (Atlan leaves the key out), and the
     * aggregations when some were asked for.
     */
    byte[] write(long approximateCount, List<StoredEntity> page, JsonNode aggregations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 512 * page.size());
        try (JsonGenerator json = Json.MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("queryType", "INDEX");
            json.writeNumberProperty("approximateCount", approximateCount);
            if (!page.isEmpty()) {
                json.writeName("entities");
                json.writeStartArray();
                for (StoredEntity entity : page) {
                    writeEntity(json, entity);
                }
                json.writeEndArray();
            }
            if (aggregations != null && !aggregations.isEmpty()) {
                json.writeName("aggregations");
                json.writeTree(aggregations);
            }
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    /**
     * One result: the entity's own fields, its qualifiedName and name, and only the attributes asked
     * for that it has. A relationship asked for under {@code attributes} comes back there, as in Atlan;
     * one asked for under {@code relationAttributes} comes back in {@code relationshipAttributes}; a custom
     * metadata attribute asked for as {@code <set hash>.<attribute hash>} comes back under that name.
     */
    private void writeEntity(JsonGenerator json, StoredEntity entity) {
        json.writeStartObject();
        json.writeStringProperty("typeName", entity.typeName);
        json.writeStringProperty("guid", entity.guid);
        json.writeStringProperty("status", entity.status);
        json.writeStringProperty("displayText", entity.displayText());
        json.writeName("attributes");
        json.writeStartObject();
        json.writeStringProperty("qualifiedName", entity.qualifiedName);
        writeIfPresent(json, "name", entity.attributes.get("name"));
        for (String name : attributes) {
            JsonNode value = entity.attributes.get(name);
            if (value == null) {
                value = entity.relationshipAttributes.get(name);
            }
            writeIfPresent(json, name, value != null ? value : customMetadata(entity, name));
        }
        json.writeEndObject();
        if (!relationAttributes.isEmpty()) {
            json.writeName("relationshipAttributes");
            json.writeStartObject();
            for (String name : relationAttributes) {
                writeIfPresent(json, name, entity.relationshipAttributes.get(name));
            }
            json.writeEndObject();
        }
        json.writeName("classifications");
        json.writeTree(entity.classifications);
        json.writeName("meanings");
        json.writeTree(entity.meanings);
        json.writeName("labels");
        json.writeTree(entity.labels);
        json.writeStringProperty("createdBy", entity.createdBy);
        json.writeStringProperty("updatedBy", entity.updatedBy);
        json.writeNumberProperty("createTime", entity.createTime);
        json.writeNumberProperty("updateTime", entity.updateTime);
        json.writeEndObject();
    }

    /**
     * A custom metadata attribute asked for as {@code <set hash>.<attribute hash>}, which Atlan resolves with
     * {@code AtlasEntityType.getBusinesAAttribute} (split at the first dot) and returns under that same name.
     */
    private static JsonNode customMetadata(StoredEntity entity, String name) {
        int dot = name.indexOf('.');
        if (dot < 0 || entity.businessAttributes == null) {
            return null;
        }
        return entity.businessAttributes.path(name.substring(0, dot)).get(name.substring(dot + 1));
    }

    private static void writeIfPresent(JsonGenerator json, String name, JsonNode value) {
        if (value != null) {
            json.writeName(name);
            json.writeTree(value);
        }
    }
}
