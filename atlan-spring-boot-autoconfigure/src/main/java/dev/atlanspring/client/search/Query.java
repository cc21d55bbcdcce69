package dev.atlanspring.client.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A clause of Elasticsearch's query DSL, as Atlan's index search accepts it. Build one with the static methods,
 * such as {@code Query.term("certificateStatus", "VERIFIED")}, and combine them with {@link #bool()}. Each
 * writes itself as exactly the JSON Elasticsearch expects ({@link #dsl()}). Values are strings, numbers or
 * booleans. Clauses on the tag fields ({@link SearchField#TAGS} and its siblings) take tag display names, which
 * the client translates to Atlan's hashed names before sending. Immutable.
 */
public sealed interface Query permits Query.Term, Query.Terms, Query.Prefix, Query.Match, Query.Range, Query.Exists,
        Query.Wildcard, Query.Bool, Query.MatchAll {

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
     * Starts a range on a field; add bounds with {@link Range#gt}, {@link Range#gte}, {@link Range#lt} and
     * {@link Range#lte}.
     * @param field such as {@code rowCount} or {@link SearchField#CREATE_TIME}
     * @return a range without bounds
     */
    static Range range(String field) {
        return new Range(field, null, null, null, null);
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
     * Starts a combination of clauses; add them with {@link Bool#must}, {@link Bool#filter}, {@link Bool#should}
     * and {@link Bool#mustNot}.
     * @return an empty combination
     */
    static Bool bool() {
        return new Bool(List.of(), List.of(), List.of(), List.of(), null);
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
     * {@code {"range":{field:{"gte":..,"lt":..}}}}; unset bounds are left out.
     *
     * @param field the field
     * @param gt the exclusive lower bound
     * @param gte the inclusive lower bound
     * @param lt the exclusive upper bound
     * @param lte the inclusive upper bound
     */
    record Range(String field, @Nullable Object gt, @Nullable Object gte, @Nullable Object lt, @Nullable Object lte)
            implements Query {

        /** Checks the field. */
        public Range {
            QueryParts.requireField(field);
        }

        /**
         * Adds an exclusive lower bound.
         * @param bound a number, or a date Elasticsearch understands
         * @return the range with the bound
         */
        public Range gt(Object bound) {
            return new Range(this.field, QueryParts.requireValue(bound), this.gte, this.lt, this.lte);
        }

        /**
         * Adds an inclusive lower bound.
         * @param bound a number, or a date Elasticsearch understands
         * @return the range with the bound
         */
        public Range gte(Object bound) {
            return new Range(this.field, this.gt, QueryParts.requireValue(bound), this.lt, this.lte);
        }

        /**
         * Adds an exclusive upper bound.
         * @param bound a number, or a date Elasticsearch understands
         * @return the range with the bound
         */
        public Range lt(Object bound) {
            return new Range(this.field, this.gt, this.gte, QueryParts.requireValue(bound), this.lte);
        }

        /**
         * Adds an inclusive upper bound.
         * @param bound a number, or a date Elasticsearch understands
         * @return the range with the bound
         */
        public Range lte(Object bound) {
            return new Range(this.field, this.gt, this.gte, this.lt, QueryParts.requireValue(bound));
        }

        @Override
        public Map<String, Object> dsl() {
            Map<String, Object> bounds = new LinkedHashMap<>();
            QueryParts.putIfSet(bounds, "gt", this.gt);
            QueryParts.putIfSet(bounds, "gte", this.gte);
            QueryParts.putIfSet(bounds, "lt", this.lt);
            QueryParts.putIfSet(bounds, "lte", this.lte);
            if (bounds.isEmpty()) {
                throw new IllegalStateException("The range on '" + this.field
                        + "' has no bound; add one with gt, gte, lt or lte.");
            }
            return Map.of("range", Map.of(this.field, bounds));
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

    /**
     * {@code {"bool":{"must":[..],"filter":[..],"should":[..],"must_not":[..]}}}; empty parts are left out.
     * {@code must} and {@code filter} clauses must all match ({@code filter} without scoring), at least
     * {@code minimumShouldMatch} of the {@code should} clauses (one, when there is nothing else), and none of the
     * {@code mustNot} clauses.
     *
     * @param must clauses that must match, scored
     * @param filter clauses that must match, not scored
     * @param should clauses of which some must match
     * @param mustNot clauses that must not match
     * @param minimumShouldMatch how many should clauses must match, or {@code null} for Elasticsearch's default
     */
    record Bool(List<Query> must, List<Query> filter, List<Query> should, List<Query> mustNot,
            @Nullable Integer minimumShouldMatch) implements Query {

        /** Copies the lists. */
        public Bool {
            must = List.copyOf(must);
            filter = List.copyOf(filter);
            should = List.copyOf(should);
            mustNot = List.copyOf(mustNot);
        }

        /**
         * Adds clauses that must match.
         * @param queries the clauses
         * @return the combination with them
         */
        public Bool must(Query... queries) {
            return new Bool(QueryParts.plus(this.must, queries), this.filter, this.should, this.mustNot,
                    this.minimumShouldMatch);
        }

        /**
         * Adds clauses that must match, without scoring: the usual choice for exact conditions.
         * @param queries the clauses
         * @return the combination with them
         */
        public Bool filter(Query... queries) {
            return new Bool(this.must, QueryParts.plus(this.filter, queries), this.should, this.mustNot,
                    this.minimumShouldMatch);
        }

        /**
         * Adds clauses of which some must match.
         * @param queries the clauses
         * @return the combination with them
         */
        public Bool should(Query... queries) {
            return new Bool(this.must, this.filter, QueryParts.plus(this.should, queries), this.mustNot,
                    this.minimumShouldMatch);
        }

        /**
         * Adds clauses that must not match.
         * @param queries the clauses
         * @return the combination with them
         */
        public Bool mustNot(Query... queries) {
            return new Bool(this.must, this.filter, this.should, QueryParts.plus(this.mustNot, queries),
                    this.minimumShouldMatch);
        }

        /**
         * Sets how many should clauses must match.
         * @param count at least 0
         * @return the combination with the minimum
         */
        public Bool minimumShouldMatch(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("minimumShouldMatch must not be negative but is " + count + ".");
            }
            return new Bool(this.must, this.filter, this.should, this.mustNot, count);
        }

        @Override
        public Map<String, Object> dsl() {
            Map<String, Object> body = new LinkedHashMap<>();
            QueryParts.putIfAny(body, "must", this.must);
            QueryParts.putIfAny(body, "filter", this.filter);
            QueryParts.putIfAny(body, "should", this.should);
            QueryParts.putIfAny(body, "must_not", this.mustNot);
            QueryParts.putIfSet(body, "minimum_should_match", this.minimumShouldMatch);
            return Map.of("bool", body);
        }

        @Override
        public void collectTagNames(Set<String> names) {
            for (List<Query> part : List.of(this.must, this.filter, this.should, this.mustNot)) {
                part.forEach((query) -> query.collectTagNames(names));
            }
        }

        @Override
        public Query withTagNames(Map<String, String> names) {
            return new Bool(QueryParts.translate(this.must, names), QueryParts.translate(this.filter, names),
                    QueryParts.translate(this.should, names), QueryParts.translate(this.mustNot, names),
                    this.minimumShouldMatch);
        }

    }

}
