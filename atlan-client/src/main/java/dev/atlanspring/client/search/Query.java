package dev.atlanspring.client.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A clause of Elasticsearch's query DSL, as Atlan's index search accepts it. Build one with the static methods,
 * such as {@code Query.term("certificateStatus", "VERIFIED")}, and combine them with {@link #bool()}. Each
 * writes itself as exactly the JSON Elasticsearch expects ({@link #dsl()}). Values are strings, numbers or
 * booleans. Clauses on the tag fields ({@link SearchField#TAGS} and its siblings) take tag display names, which
 * the client translates to Atlan's hashed names before sending. Immutable.
 */
public sealed interface Query permits Query.Term, Query.Terms, Query.Prefix, Query.Match, RangeQuery, Query.Exists,
        Query.Wildcard, BoolQuery, Query.MatchAll {

    /**
     * Returns the clause as Elasticsearch's DSL writes it.
     * @return a map with one key, the clause's type
     */
    @JsonValue
    Map<String, Object> dsl();

    /**
     * Adds the tag display names this clause (and any clause in it) searches for.
     * @param names where to add them
     */
    default void collectTagNames(Set<String> names) {
    }

    /**
     * Returns this clause with tag names replaced, for the client to send Atlan's hashed names.
     * @param names each display name with its replacement
     * @return the clause with the names replaced; this clause when it holds none
     */
    default Query withTagNames(Map<String, String> names) {
        return this;
    }

    /**
     * Matches assets whose field holds exactly this value.
     * @param field such as {@code certificateStatus}
     * @param value a string, number or boolean
     * @return {@code {"term":{field:value}}}
     */
    static Term term(String field, Object value) {
        return new Term(field, value, false);
    }

    /**
     * Matches assets whose field holds this value in any letter case.
     * @param field the field
     * @param value the string
     * @return {@code {"term":{field:{"value":value,"case_insensitive":true}}}}
     */
    static Term termIgnoringCase(String field, String value) {
        return new Term(field, value, true);
    }

    /**
     * Matches assets whose field holds any of the values.
     * @param field the field
     * @param values strings, numbers or booleans
     * @return {@code {"terms":{field:[values]}}}
     */
    static Terms terms(String field, Collection<?> values) {
        return new Terms(field, List.copyOf(values));
    }

    /**
     * Matches assets whose field holds any of the values.
     * @param field the field
     * @param values strings, numbers or booleans
     * @return {@code {"terms":{field:[values]}}}
     */
    static Terms terms(String field, Object... values) {
        return new Terms(field, List.of(values));
    }

    /**
     * Matches assets whose field starts with the text.
     * @param field such as {@code qualifiedName}
     * @param prefix the start
     * @return {@code {"prefix":{field:prefix}}}
     */
    static Prefix prefix(String field, String prefix) {
        return new Prefix(field, prefix);
    }

    /**
     * Full-text match: assets whose field holds any word of the text.
     * @param field such as {@code description}
     * @param text the words
     * @return {@code {"match":{field:text}}}
     */
    static Match match(String field, String text) {
        return new Match(field, text, false);
    }

    /**
     * Full-text match: assets whose field holds every word of the text.
     * @param field such as {@code description}
     * @param text the words
     * @return {@code {"match":{field:{"query":text,"operator":"and"}}}}
     */
    static Match matchAllWords(String field, String text) {
        return new Match(field, text, true);
    }

    /**
     * Starts a range on a field; add bounds with {@link RangeQuery#gt}, {@link RangeQuery#gte}, {@link RangeQuery#lt}
     * and {@link RangeQuery#lte}.
     * @param field such as {@code rowCount} or {@link SearchField#CREATE_TIME}
     * @return a range without bounds
     */
    static RangeQuery range(String field) {
        return new RangeQuery(field, null, null, null, null);
    }

    /**
     * Matches assets that have a value in the field.
     * @param field the field
     * @return {@code {"exists":{"field":field}}}
     */
    static Exists exists(String field) {
        return new Exists(field);
    }

    /**
     * Matches assets whose field matches a pattern, {@code *} standing for any text and {@code ?} for one
     * character.
     * @param field the field
     * @param pattern such as {@code *ORDERS*}
     * @return {@code {"wildcard":{field:pattern}}}
     */
    static Wildcard wildcard(String field, String pattern) {
        return new Wildcard(field, pattern);
    }

    /**
     * Starts a combination of clauses; add them with {@link BoolQuery#must}, {@link BoolQuery#filter},
     * {@link BoolQuery#should} and {@link BoolQuery#mustNot}.
     * @return an empty combination
     */
    static BoolQuery bool() {
        return new BoolQuery(List.of(), List.of(), List.of(), List.of(), null);
    }

    /**
     * Matches every asset.
     * @return {@code {"match_all":{}}}
     */
    static MatchAll matchAll() {
        return new MatchAll();
    }

    /**
     * {@code {"term":{field:value}}}.
     *
     * @param field the field
     * @param value the value
     * @param caseInsensitive whether letter case is ignored
     */
    record Term(String field, Object value, boolean caseInsensitive) implements Query {

        /** Checks the parts. */
        public Term {
            QueryParts.requireField(field);
            QueryParts.requireValue(value);
        }

        @Override
        public Map<String, Object> dsl() {
            Object body = this.caseInsensitive ? QueryParts.map("value", this.value, "case_insensitive", true)
                    : this.value;
            return Map.of("term", Map.of(this.field, body));
        }

        @Override
        public void collectTagNames(Set<String> names) {
            if (SearchField.holdsTagNames(this.field)) {
                names.add(String.valueOf(this.value));
            }
        }

        @Override
        public Query withTagNames(Map<String, String> names) {
            return SearchField.holdsTagNames(this.field)
                    ? new Term(this.field, names.getOrDefault(String.valueOf(this.value), String.valueOf(this.value)),
                            this.caseInsensitive)
                    : this;
        }

    }

    /**
     * {@code {"terms":{field:[values]}}}.
     *
     * @param field the field
     * @param values the values, any of which matches
     */
    record Terms(String field, List<Object> values) implements Query {

        /** Checks the parts. */
        public Terms {
            QueryParts.requireField(field);
            values.forEach(QueryParts::requireValue);
            values = List.copyOf(values);
        }

        @Override
        public Map<String, Object> dsl() {
            return Map.of("terms", Map.of(this.field, this.values));
        }

        @Override
        public void collectTagNames(Set<String> names) {
            if (SearchField.holdsTagNames(this.field)) {
                this.values.forEach((value) -> names.add(String.valueOf(value)));
            }
        }

        @Override
        public Query withTagNames(Map<String, String> names) {
            if (!SearchField.holdsTagNames(this.field)) {
                return this;
            }
            List<Object> translated = new ArrayList<>();
            this.values.forEach((value) -> translated.add(names.getOrDefault(String.valueOf(value),
                    String.valueOf(value))));
            return new Terms(this.field, translated);
        }

    }

    /**
     * {@code {"prefix":{field:prefix}}}.
     *
     * @param field the field
     * @param prefix the start of the value
     */
    record Prefix(String field, String prefix) implements Query {

        /** Checks the parts. */
        public Prefix {
            QueryParts.requireField(field);
            QueryParts.requireValue(prefix);
        }

        @Override
        public Map<String, Object> dsl() {
            return Map.of("prefix", Map.of(this.field, this.prefix));
        }

    }

    /**
     * {@code {"match":{field:text}}}, or with every word required
     * {@code {"match":{field:{"query":text,"operator":"and"}}}}.
     *
     * @param field the field
     * @param text the words
     * @param allWords whether every word must match, rather than any
     */
    record Match(String field, String text, boolean allWords) implements Query {

        /** Checks the parts. */
        public Match {
            QueryParts.requireField(field);
            QueryParts.requireValue(text);
        }

        @Override
        public Map<String, Object> dsl() {
            Object body = this.allWords ? QueryParts.map("query", this.text, "operator", "and") : this.text;
            return Map.of("match", Map.of(this.field, body));
        }

    }

    /**
     * {@code {"exists":{"field":field}}}.
     *
     * @param field the field that must have a value
     */
    record Exists(String field) implements Query {

        /** Checks the field. */
        public Exists {
            QueryParts.requireField(field);
        }

        @Override
        public Map<String, Object> dsl() {
            return Map.of("exists", Map.of("field", this.field));
        }

    }

    /**
     * {@code {"wildcard":{field:pattern}}}.
     *
     * @param field the field
     * @param pattern the pattern, {@code *} for any text and {@code ?} for one character
     */
    record Wildcard(String field, String pattern) implements Query {

        /** Checks the parts. */
        public Wildcard {
            QueryParts.requireField(field);
            QueryParts.requireValue(pattern);
        }

        @Override
        public Map<String, Object> dsl() {
            return Map.of("wildcard", Map.of(this.field, this.pattern));
        }

    }

    /**
     * {@code {"match_all":{}}}.
     */
    record MatchAll() implements Query {

        @Override
        public Map<String, Object> dsl() {
            return Map.of("match_all", Map.of());
        }

    }

}
