package dev.atlanspring.embedded;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * A filter of the lineage list API ({@code entityFilters}, {@code entityTraversalFilters},
 * {@code relationshipTraversalFilters}), Atlas's {@code SearchParameters.FilterCriteria}: either a
 * {@code condition} ({@code AND}/{@code OR}) over a {@code criterion} list, or one
 * {@code attributeName}/{@code operator}/{@code attributeValue} comparison, evaluated in memory as
 * atlas-metastore's {@code LineageSearchProcessor.constructInMemoryPredicate} does.
 *
 * <p>The operators are Atlas's {@code SearchParameters.Operator} symbols (pyatlan's {@code AtlanComparisonOperator}
 * values). A criterion names an attribute or a system attribute ({@code __typeName}, {@code __guid},
 * {@code __state}, ...); values compare as numbers when both sides are numbers, otherwise as text.
 */
final class LineageFilter {

    private enum Operator {
        LT("<", "lt"), GT(">", "gt"), LTE("<=", "lte"), GTE(">=", "gte"), EQ("=", "eq"), NEQ("!=", "neq"),
        IN("in", "IN"), STARTS_WITH("startsWith", "STARTSWITH", "begins_with", "BEGINS_WITH"),
        ENDS_WITH("endsWith", "ENDSWITH", "ends_with", "ENDS_WITH"), CONTAINS("contains", "CONTAINS"),
        NOT_CONTAINS("not_contains", "NOT_CONTAINS"), IS_NULL("isNull", "IS_NULL"), NOT_NULL("notNull", "NOT_NULL"),
        NOT_EMPTY("notEmpty", "NOT_EMPTY");

        private final List<String> symbols;

        Operator(String... symbols) {
            this.symbols = List.of(symbols);
        }

        static Operator of(String symbol, String where) {
            for (Operator operator : values()) {
                if (operator.symbols.contains(symbol) || operator.name().equals(symbol)) {
                    return operator;
                }
            }
            // Atlas cannot read the request body at all then (SearchParameters.Operator.fromString gives null).
            throw AtlanError.badRequest(where + ".operator " + symbol + " is not a lineage filter operator; use one"
                    + " of =, !=, <, >, <=, >=, in, startsWith, endsWith, contains, not_contains, isNull, notNull,"
                    + " notEmpty");
        }
    }

    private final String condition;
    private final List<LineageFilter> criteria;
    private final String attribute;
    private final Operator operator;
    private final String value;

    private LineageFilter(String condition, List<LineageFilter> criteria, String attribute, Operator operator,
            String value) {
        this.condition = condition;
        this.criteria = criteria;
        this.attribute = attribute;
        this.operator = operator;
        this.value = value;
    }

    /** The filter of a request field, or null when it is absent (everything passes). */
    static LineageFilter parse(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw AtlanError.badRequest(where + " must be an object with a condition and a criterion list");
        }
        String condition = Json.text(node, "condition");
        JsonNode criterion = node.get("criterion");
        if (condition != null && criterion != null && criterion.isArray() && !criterion.isEmpty()) {
            String upper = condition.toUpperCase(Locale.ROOT);
            if (!upper.equals("AND") && !upper.equals("OR")) {
                throw AtlanError.badRequest(where + ".condition must be AND or OR, was " + condition);
            }
            List<LineageFilter> criteria = new ArrayList<>();
            for (int i = 0; i < criterion.size(); i++) {
                LineageFilter child = parse(criterion.get(i), where + ".criterion[" + i + "]");
                if (child != null) {
                    criteria.add(child);
                }
            }
            return criteria.isEmpty() ? null : new LineageFilter(upper, List.copyOf(criteria), null, null, null);
        }
        String attribute = Json.text(node, "attributeName");
        if (Json.isBlank(attribute)) {
            // As in Atlas: a criterion that names no attribute selects nothing out, so it is no filter.
            return null;
        }
        String symbol = Json.text(node, "operator");
        if (symbol == null) {
            throw AtlanError.badRequest(where + ".operator is required with attributeName " + attribute);
        }
        JsonNode value = node.get("attributeValue");
        return new LineageFilter(null, null, attribute, Operator.of(symbol, where),
                value == null || value.isNull() ? null : value.asString());
    }

    /** Whether an element passes; {@code values} reads an attribute (or system attribute) of it. */
    boolean test(Function<String, JsonNode> values) {
        if (condition != null) {
            boolean and = condition.equals("AND");
            for (LineageFilter criterion : criteria) {
                boolean passes = criterion.test(values);
                if (and != passes) {
                    return passes;
                }
            }
            return and;
        }
        return compare(values.apply(attribute));
    }

    private boolean compare(JsonNode actual) {
        boolean absent = actual == null || actual.isNull();
        switch (operator) {
            case IS_NULL:
                return absent || (actual.isString() && actual.stringValue().isEmpty());
            case NOT_NULL:
                return !absent;
            case NOT_EMPTY:
                return !absent && !(actual.isString() && actual.stringValue().isEmpty())
                        && !((actual.isArray() || actual.isObject()) && actual.isEmpty());
            default:
                break;
        }
        if (absent) {
            return operator == Operator.NEQ || operator == Operator.NOT_CONTAINS;
        }
        if (actual.isArray()) {
            boolean any = false;
            for (JsonNode element : actual) {
                any |= compareOne(element);
            }
            return operator == Operator.NEQ || operator == Operator.NOT_CONTAINS ? allMatch(actual) : any;
        }
        return compareOne(actual);
    }

    private boolean allMatch(JsonNode array) {
        for (JsonNode element : array) {
            if (!compareOne(element)) {
                return false;
            }
        }
        return true;
    }

    private boolean compareOne(JsonNode actual) {
        String text = actual.isString() ? actual.stringValue() : actual.asString();
        String wanted = value == null ? "" : value;
        switch (operator) {
            case EQ:
                return order(actual, wanted) == 0;
            case NEQ:
                return order(actual, wanted) != 0;
            case LT:
                return order(actual, wanted) < 0;
            case GT:
                return order(actual, wanted) > 0;
            case LTE:
                return order(actual, wanted) <= 0;
            case GTE:
                return order(actual, wanted) >= 0;
            case IN:
                return inList(text, wanted);
            case STARTS_WITH:
                return text.startsWith(wanted);
            case ENDS_WITH:
                return text.endsWith(wanted);
            case CONTAINS:
                return text.contains(wanted);
            case NOT_CONTAINS:
                return !text.contains(wanted);
            default:
                return false;
        }
    }

    private static int order(JsonNode actual, String wanted) {
        if (actual.isNumber() || actual.isBoolean()) {
            try {
                if (actual.isBoolean()) {
                    return Boolean.compare(actual.booleanValue(), Boolean.parseBoolean(wanted));
                }
                return actual.decimalValue().compareTo(new BigDecimal(wanted.trim()));
            } catch (NumberFormatException e) {
                return actual.asString().compareTo(wanted);
            }
        }
        return actual.asString().compareTo(wanted);
    }

    /** Atlas's {@code in} takes a list of values, written {@code (a, b)} or {@code ["a","b"]} or {@code a,b}. */
    private static boolean inList(String text, String wanted) {
        String list = wanted.trim().replaceAll("^[\\[(]|[\\])]$", "");
        for (String item : list.split(",")) {
            if (item.trim().replaceAll("^[\"']|[\"']$", "").equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** The values a filter reads off an entity: its attributes and Atlas's system attributes. */
    static Function<String, JsonNode> valuesOf(StoredEntity entity, TypeRegistry types) {
        return name -> switch (name) {
            case "__typeName" -> Json.MAPPER.getNodeFactory().stringNode(entity.typeName);
            case "__guid" -> Json.MAPPER.getNodeFactory().stringNode(entity.guid);
            case "__state" -> Json.MAPPER.getNodeFactory().stringNode(entity.status);
            case "__createdBy" -> Json.MAPPER.getNodeFactory().stringNode(entity.createdBy);
            case "__modifiedBy" -> Json.MAPPER.getNodeFactory().stringNode(entity.updatedBy);
            case "__timestamp" -> Json.MAPPER.getNodeFactory().numberNode(entity.createTime);
            case "__modificationTimestamp" -> Json.MAPPER.getNodeFactory().numberNode(entity.updateTime);
            case "__superTypeNames" -> {
                var supers = Json.array();
                types.superTypesOf(entity.typeName).forEach(supers::add);
                yield supers;
            }
            default -> entity.attributes.get(name);
        };
    }

    /** The values a filter reads off a relationship (an edge): its type, GUID and status. */
    static Function<String, JsonNode> valuesOf(Map<String, String> relationship) {
        return name -> {
            String value = relationship.get(name);
            return value == null ? null : Json.MAPPER.getNodeFactory().stringNode(value);
        };
    }
}
