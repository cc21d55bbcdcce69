package dev.atlanspring.embedded;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entity as the store keeps it: an immutable snapshot, replaced (never changed) on every write.
 *
 * <p>Immutability lets searches run without locks and lets responses share the stored JSON trees.
 * The hot fields searched and sorted on are plain Java fields, so a query over 200,000 entities
 * never parses or walks JSON text.
 */
final class StoredEntity {

    static final String ACTIVE = "ACTIVE";
    static final String DELETED = "DELETED";

    private static final ObjectNode NO_OBJECT = Json.object();
    private static final ArrayNode NO_ARRAY = Json.array();

    /** Creation order: the tie-breaker that gives every sort a stable total order. */
    final long seq;
    final String guid;
    final String typeName;
    final String qualifiedName;
    final String status;
    final String createdBy;
    final String updatedBy;
    final long createTime;
    final long updateTime;
    final long version;
    final ObjectNode attributes;
    final ObjectNode relationshipAttributes;
    final ArrayNode classifications;
    final ArrayNode meanings;
    final ArrayNode labels;
    final ObjectNode businessAttributes;

    StoredEntity(long seq, String guid, String typeName, String status, String createdBy, String updatedBy,
            long createTime, long updateTime, long version, ObjectNode attributes, ObjectNode relationshipAttributes,
            ArrayNode classifications, ArrayNode meanings, ArrayNode labels, ObjectNode businessAttributes) {
        this.seq = seq;
        this.guid = guid;
        this.typeName = typeName;
        this.qualifiedName = attributes.get("qualifiedName").stringValue();
        this.status = status;
        this.createdBy = createdBy;
        this.updatedBy = updatedBy;
        this.createTime = createTime;
        this.updateTime = updateTime;
        this.version = version;
        this.attributes = attributes;
        // Most bulk-loaded entities have no relationships or tags; sharing one empty node saves memory.
        this.relationshipAttributes = orEmpty(relationshipAttributes);
        this.classifications = orEmpty(classifications);
        this.meanings = orEmpty(meanings);
        this.labels = orEmpty(labels);
        this.businessAttributes = businessAttributes == null || businessAttributes.isEmpty() ? null : businessAttributes;
    }

    /** This entity in another status, stamped as a write by {@code user} at {@code now}. */
    StoredEntity withStatus(String newStatus, String user, long now) {
        return new StoredEntity(seq, guid, typeName, newStatus, createdBy, user, createTime, now, version + 1,
                attributes, relationshipAttributes, classifications, meanings, labels, businessAttributes);
    }

    boolean isDeleted() {
        return DELETED.equals(status);
    }

    /** The entity's name attribute, or null. */
    String name() {
        return Json.text(attributes.get("name"));
    }

    /** What Atlan shows for an entity: its name, else its qualifiedName. */
    String displayText() {
        String name = name();
        return name != null ? name : qualifiedName;
    }

    /** The entity as {@code GET /api/meta/entity/...} returns it. */
    ObjectNode toJson(boolean withRelationships) {
        ObjectNode json = Json.object();
        json.put("typeName", typeName);
        json.put("guid", guid);
        json.put("status", status);
        json.set("attributes", attributes);
        if (withRelationships) {
            json.set("relationshipAttributes", relationshipAttributes);
        }
        json.set("classifications", classifications);
        json.set("meanings", meanings);
        json.set("labels", labels);
        if (businessAttributes != null) {
            json.set("businessAttributes", businessAttributes);
        }
        json.put("isIncomplete", false);
        json.put("createdBy", createdBy);
        json.put("updatedBy", updatedBy);
        json.put("createTime", createTime);
        json.put("updateTime", updateTime);
        json.put("version", version);
        return json;
    }

    /** The short form Atlan uses in mutation responses. */
    ObjectNode header() {
        ObjectNode header = Json.object();
        header.put("typeName", typeName);
        header.put("guid", guid);
        header.put("status", status);
        header.put("displayText", displayText());
        ObjectNode headerAttributes = header.putObject("attributes");
        headerAttributes.put("qualifiedName", qualifiedName);
        JsonNode name = attributes.get("name");
        if (name != null) {
            headerAttributes.set("name", name);
        }
        return header;
    }

    /** A reference to this entity, the way relationship attributes point at it. */
    ObjectNode reference() {
        ObjectNode ref = Json.object();
        ref.put("guid", guid);
        ref.put("typeName", typeName);
        ref.put("entityStatus", status);
        ref.put("displayText", displayText());
        ref.putObject("uniqueAttributes").put("qualifiedName", qualifiedName);
        return ref;
    }

    private static ObjectNode orEmpty(ObjectNode node) {
        return node == null || node.isEmpty() ? NO_OBJECT : node;
    }

    private static ArrayNode orEmpty(ArrayNode node) {
        return node == null || node.isEmpty() ? NO_ARRAY : node;
    }

    @Override
    public String toString() {
        return typeName + "[" + guid + ", " + qualifiedName + ", " + status + "]";
    }
}
