package dev.atlanspring.embedded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Compiles the Elasticsearch query DSL that Atlan's index search accepts into a predicate over
 * stored entities, once per request, so evaluating 200,000 entities is plain Java.
 *
 * <p>Supported: {@code match_all}, {@code match_none}, {@code bool}, {@code constant_score},
 * {@code ids}, {@code term}, {@code terms}, {@code prefix}, {@code match}, {@code exists},
 * {@code range}, {@code wildcard}. Anything else is a 400 naming the clause and where it is, so a
 * client learns at once that it relies on something the demo cannot do. Scoring is not modelled:
 * a clause either matches or not.
 */
final class SearchQueryParser {

    private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> IGNORED_OPTIONS = Set.of("boost", "_name");

    private final SearchFields fields;

    SearchQueryParser(SearchFields fields) {
        this.fields = fields;
    }

    /** The predicate for a query; no query at all matches everything, as in Elasticsearch. */
    Predicate<StoredEntity> parse(JsonNode query, String path) {
        if (query == null || query.isNull()) {
            return e -> true;
        }
        return clause(query, path);
    }

    private Predicate<StoredEntity> clause(JsonNode node, String path) {
        if (!node.isObject() || node.size() != 1) {
            throw invalid(path, "must be an object with exactly one query type, was " + node);
        }
        Map.Entry<String, JsonNode> only = node.properties().iterator().next();
        String type = only.getKey();
        JsonNode body = only.getValue();
        String here = path + "." + type;
        if (!body.isObject()) {
            throw invalid(here, "must be an object");
        }
        switch (type) {
            case "match_all":
                return e -> true;
            case "match_none":
                return e -> false;
            case "bool":
                return bool(body, here);
            case "constant_score":
                return parse(required(body, "filter", here), here + ".filter");
            case "ids":
                return ids(body, here);
            case "term":
                return term(body, here);
            case "terms":
                return terms(body, here);
            case "prefix":
                return prefix(body, here);
            case "match":
                return match(body, here);
            case "exists":
                return exists(body, here);
            case "range":
                return range(body, here);
            case "wildcard":
                return wildcard(body, here);
            default:
                throw invalid(here, "'" + type + "' is not supported by the embedded demo Atlan (supported: "
                        + "match_all, match_none, bool, constant_score, ids, term, terms, prefix, match, exists, "
                        + "range, wildcard)");
        }
    }

    private Predicate<StoredEntity> bool(JsonNode body, String path) {
        List<Predicate<StoredEntity>> must = new ArrayList<>();
        List<Predicate<StoredEntity>> mustNot = new ArrayList<>();
        List<Predicate<StoredEntity>> should = new ArrayList<>();
        JsonNode minimumShouldMatch = null;
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            switch (e.getKey()) {
                case "must":
                case "filter":
                    must.addAll(clauses(e.getValue(), path + "." + e.getKey()));
                    break;
                case "must_not":
                    mustNot.addAll(clauses(e.getValue(), path + ".must_not"));
                    break;
                case "should":
                    should.addAll(clauses(e.getValue(), path + ".should"));
                    break;
                case "minimum_should_match":
                    minimumShouldMatch = e.getValue();
                    break;
                case "boost":
                case "_name":
                    break;
                default:
                    throw invalid(path, "unknown bool option '" + e.getKey() + "'");
            }
        }
        int required = minimumShouldMatch(minimumShouldMatch, should.size(), must.isEmpty(), path);
        List<Predicate<StoredEntity>> musts = List.copyOf(must);
        List<Predicate<StoredEntity>> mustNots = List.copyOf(mustNot);
        List<Predicate<StoredEntity>> shoulds = List.copyOf(should);
        return entity -> {
            for (Predicate<StoredEntity> p : musts) {
                if (!p.test(entity)) {
                    return false;
                }
            }
            for (Predicate<StoredEntity> p : mustNots) {
                if (p.test(entity)) {
                    return false;
                }
            }
            int matched = 0;
            for (int i = 0; i < shoulds.size() && matched < required; i++) {
                if (shoulds.get(i).test(entity)) {
                    matched++;
                }
            }
            return matched >= required;
        };
    }

    /** Elasticsearch's default: 1 when the should clauses are all there is, else 0. */
    private static int minimumShouldMatch(JsonNode value, int shouldCount, boolean noMust, String path) {
        if (value == null || value.isNull()) {
            return shouldCount > 0 && noMust ? 1 : 0;
        }
        String text = value.isNumber() ? SearchFields.normalized(SearchFields.scalar(value))
                : Json.text(value) == null ? "" : Json.text(value).trim();
        try {
            int required = text.endsWith("%")
                    ? (int) Math.floor(shouldCount * Integer.parseInt(text.substring(0, text.length() - 1)) / 100.0)
                    : Integer.parseInt(text);
            if (required < 0) {
                throw new NumberFormatException();
            }
            return required;
        } catch (NumberFormatException e) {
            throw invalid(path + ".minimum_should_match", "must be a non-negative integer or percentage, was " + value);
        }
    }

    private List<Predicate<StoredEntity>> clauses(JsonNode value, String path) {
        List<Predicate<StoredEntity>> result = new ArrayList<>();
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                result.add(clause(value.get(i), path + "[" + i + "]"));
            }
        } else if (value.isObject()) {
            result.add(clause(value, path));
        } else {
            throw invalid(path, "must be a query clause or a list of them");
        }
        return result;
    }

    private Predicate<StoredEntity> ids(JsonNode body, String path) {
        JsonNode values = required(body, "values", path);
        if (!values.isArray()) {
            throw invalid(path + ".values", "must be a list of GUIDs");
        }
        Set<String> guids = new HashSet<>();
        for (JsonNode value : values) {
            guids.add(requiredScalar(value, path + ".values"));
        }
        return e -> guids.contains(e.guid);
    }

    private Predicate<StoredEntity> term(JsonNode body, String path) {
        FieldClause clause = fieldClause(body, path, List.of("value"));
        String wanted = SearchFields.normalized(SearchFields.scalar(clause.value));
        if (clause.caseInsensitive) {
            return e -> SearchFields.anyValue(clause.accessor.get(e), v -> SearchFields.normalized(v).equalsIgnoreCase(wanted));
        }
        return e -> SearchFields.anyValue(clause.accessor.get(e), v -> SearchFields.normalized(v).equals(wanted));
    }

    private Predicate<StoredEntity> terms(JsonNode body, String path) {
        String field = null;
        JsonNode values = null;
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            if (IGNORED_OPTIONS.contains(e.getKey())) {
                continue;
            }
            if (field != null) {
                throw invalid(path, "must name exactly one field");
            }
            field = e.getKey();
            values = e.getValue();
        }
        if (field == null || !values.isArray()) {
            throw invalid(path, "must map one field to a list of values");
        }
        Set<String> wanted = new HashSet<>();
        for (JsonNode value : values) {
            wanted.add(SearchFields.normalized(SearchFields.scalar(scalarNode(value, path + "." + field))));
        }
        SearchFields.Accessor accessor = fields.accessor(field);
        return e -> SearchFields.anyValue(accessor.get(e), v -> wanted.contains(SearchFields.normalized(v)));
    }

    private Predicate<StoredEntity> prefix(JsonNode body, String path) {
        FieldClause clause = fieldClause(body, path, List.of("value"));
        String prefix = SearchFields.normalized(SearchFields.scalar(clause.value));
        boolean ignoreCase = clause.caseInsensitive;
        return e -> SearchFields.anyValue(clause.accessor.get(e), v -> {
            String text = SearchFields.normalized(v);
            return text.regionMatches(ignoreCase, 0, prefix, 0, prefix.length());
        });
    }

    private Predicate<StoredEntity> wildcard(JsonNode body, String path) {
        FieldClause clause = fieldClause(body, path, List.of("value", "wildcard"));
        String wildcard = SearchFields.normalized(SearchFields.scalar(clause.value));
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : wildcard.toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        int flags = Pattern.DOTALL | (clause.caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        Pattern pattern = Pattern.compile(regex.toString(), flags);
        return e -> SearchFields.anyValue(clause.accessor.get(e), v -> pattern.matcher(SearchFields.normalized(v)).matches());
    }

    /** Full-text match without an analyzer: case-insensitive tokens, any of them ({@code or}) or all ({@code and}). */
    private Predicate<StoredEntity> match(JsonNode body, String path) {
        FieldClause clause = fieldClause(body, path, List.of("query"));
        String operator = Json.text(clause.options, "operator");
        boolean all = operator != null && operator.equalsIgnoreCase("and");
        if (operator != null && !all && !operator.equalsIgnoreCase("or")) {
            throw invalid(path, "operator must be 'or' or 'and', was " + operator);
        }
        Set<String> wanted = tokens(SearchFields.normalized(SearchFields.scalar(clause.value)));
        return e -> {
            Object value = clause.accessor.get(e);
            if (!SearchFields.isPresent(value) || wanted.isEmpty()) {
                return false;
            }
            Set<String> present = new HashSet<>();
            SearchFields.forEachValue(value, v -> present.addAll(tokens(SearchFields.normalized(v))));
            return all ? present.containsAll(wanted) : wanted.stream().anyMatch(present::contains);
        };
    }

    private Predicate<StoredEntity> exists(JsonNode body, String path) {
        String field = Json.text(body, "field");
        if (Json.isBlank(field)) {
            throw invalid(path, "needs a field name, as {\"exists\":{\"field\":\"name\"}}");
        }
        SearchFields.Accessor accessor = fields.accessor(field);
        return e -> SearchFields.isPresent(accessor.get(e));
    }

    private Predicate<StoredEntity> range(JsonNode body, String path) {
        FieldClause clause = fieldClause(body, path, List.of());
        if (!clause.value.isObject()) {
            throw invalid(path, "must map the field to bounds, as {\"range\":{\"field\":{\"gte\":1}}}");
        }
        Object[] bounds = new Object[4];
        List<String> operators = List.of("gt", "gte", "lt", "lte");
        for (Map.Entry<String, JsonNode> e : clause.value.properties()) {
            int index = operators.indexOf(e.getKey());
            if (index >= 0) {
                bounds[index] = e.getValue().isNull() ? null : SearchFields.scalar(scalarNode(e.getValue(), path));
            } else if (!Set.of("boost", "format", "time_zone", "relation", "_name").contains(e.getKey())) {
                throw invalid(path, "unsupported range option '" + e.getKey() + "' (supported: gt, gte, lt, lte)");
            }
        }
        return e -> SearchFields.anyValue(clause.accessor.get(e), v -> inRange(v, bounds));
    }

    private static boolean inRange(Object value, Object[] bounds) {
        for (int i = 0; i < bounds.length; i++) {
            if (bounds[i] == null) {
                continue;
            }
            Object bound = SearchFields.coerceLike(bounds[i], value);
            if ((bound instanceof Number) != (value instanceof Number)) {
                return false;
            }
            int c = SearchFields.compare(value, bound);
            boolean ok = i == 0 ? c > 0 : i == 1 ? c >= 0 : i == 2 ? c < 0 : c <= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A clause about one field, in the short form ({@code "f":"v"}) or the long one ({@code "f":{"value":"v"}}). */
    private static final class FieldClause {
        SearchFields.Accessor accessor;
        JsonNode value;
        JsonNode options;
        boolean caseInsensitive;
    }

    /** Parses a one-field clause; with no value keys the field's value is returned as it is (for range). */
    private FieldClause fieldClause(JsonNode body, String path, List<String> valueKeys) {
        if (body.size() != 1) {
            throw invalid(path, "must name exactly one field, had " + body.size());
        }
        Map.Entry<String, JsonNode> only = body.properties().iterator().next();
        FieldClause clause = new FieldClause();
        clause.accessor = fields.accessor(only.getKey());
        JsonNode given = only.getValue();
        String here = path + "." + only.getKey();
        if (valueKeys.isEmpty()) {
            clause.value = given;
            return clause;
        }
        if (given.isObject()) {
            clause.options = given;
            for (String key : valueKeys) {
                if (given.has(key)) {
                    clause.value = given.get(key);
                }
            }
            if (clause.value == null) {
                throw invalid(here, "needs '" + valueKeys.get(0) + "'");
            }
            JsonNode caseInsensitive = given.get("case_insensitive");
            clause.caseInsensitive = caseInsensitive != null && caseInsensitive.isBoolean() && caseInsensitive.booleanValue();
        } else {
            clause.value = given;
        }
        scalarNode(clause.value, here);
        return clause;
    }

    private static JsonNode scalarNode(JsonNode value, String path) {
        if (value == null || !(value.isString() || value.isNumber() || value.isBoolean())) {
            throw invalid(path, "must be a string, number or boolean, was " + value);
        }
        return value;
    }

    private static String requiredScalar(JsonNode value, String path) {
        return SearchFields.normalized(SearchFields.scalar(scalarNode(value, path)));
    }

    private static JsonNode required(JsonNode body, String key, String path) {
        JsonNode value = body.get(key);
        if (value == null || value.isNull()) {
            throw invalid(path, "needs '" + key + "'");
        }
        return value;
    }

    private static Set<String> tokens(String text) {
        Set<String> tokens = new HashSet<>();
        for (String token : TOKEN_SEPARATOR.split(text.toLowerCase(Locale.ROOT))) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    static AtlanError invalid(String path, String problem) {
        return AtlanError.badRequest("Invalid search query at " + path + ": " + problem);
    }
}
