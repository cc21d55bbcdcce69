package dev.atlanspring.embedded;

import static dev.atlanspring.embedded.DemoCatalog.*;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo catalog's custom metadata set, Data Quality, with one attribute of each kind users meet (a number, a
 * date, a boolean, an enum and a multi-valued text), shaped as Atlan's {@code businessMetadataDefs} are: hashed
 * set and attribute names, display names, and the {@code options} Atlan's UI sets.
 */
final class DemoCustomMetadata {

    static final String SCORE = "qS1aTtRbUu2cVvWdXx3eYy";
    static final String LAST_RUN = "lR4fGgHhIi5jKkLlMm6nOo";
    static final String PASSED = "pA7pQqRrSs8tUuVvWw9xYy";
    static final String DIMENSION = "dM0zAaBbCc1dEeFfGg2hIi";
    static final String CHECKS = "cK3jKkLlMm4nOoPpQq5rSs";

    private DemoCustomMetadata() {
    }

    static ObjectNode dataQuality() {
        ObjectNode def = BuiltInTypeDefs.header("BUSINESS_METADATA", DATA_QUALITY_SET_NAME,
                "How trustworthy the data is, as the nightly checks measured it.");
        def.put("displayName", DATA_QUALITY_SET_DISPLAY_NAME);
        def.putObject("options").put("imageId", "").put("logoType", "emoji").put("emoji", "\u2705");
        ArrayNode attributes = def.putArray("attributeDefs");
        attributes.add(attribute(SCORE, "Score", "float", "false", null));
        attributes.add(attribute(LAST_RUN, "Last run", "date", "false", null));
        attributes.add(attribute(PASSED, "Passed", "boolean", "false", null));
        attributes.add(attribute(DIMENSION, "Dimension", "DataQualityDimension", "false", "DataQualityDimension"));
        attributes.add(attribute(CHECKS, "Checks", "array<string>", "true", null));
        return def;
    }

    /** Gives ORDERS values of every attribute. */
    static void addValues(ArrayNode entities, String guid) {
        for (JsonNode entity : entities) {
            if (guid.equals(Json.text(entity, "guid"))) {
                ObjectNode values = ((ObjectNode) entity).putObject("businessAttributes")
                        .putObject(DATA_QUALITY_SET_NAME);
                values.put(SCORE, 97.5);
                values.put(LAST_RUN, SEED_TIME);
                values.put(PASSED, true);
                values.put(DIMENSION, "Completeness");
                values.putArray(CHECKS).add("not_null(ORDER_ID)").add("unique(ORDER_ID)");
            }
        }
    }

    private static ObjectNode attribute(String name, String displayName, String typeName, String multiValued,
            String enumType) {
        ObjectNode attribute = Json.object();
        attribute.put("name", name);
        attribute.put("displayName", displayName);
        attribute.put("typeName", typeName);
        attribute.put("isOptional", true);
        attribute.put("cardinality", "true".equals(multiValued) ? "SET" : "SINGLE");
        ObjectNode options = attribute.putObject("options");
        options.put("multiValueSelect", multiValued);
        options.put("customApplicableEntityTypes", "[\"Asset\"]");
        if (enumType != null) {
            options.put("isEnum", "true");
            options.put("enumType", enumType);
        }
        return attribute;
    }
}
