package dev.atlanspring.client.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A {@link Query} combining others: {@code {"bool":{"must":[..],"filter":[..],"should":[..],"must_not":[..]}}};
 * empty parts are left out. Start one with {@link Query#bool()}.
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
public record BoolQuery(List<Query> must, List<Query> filter, List<Query> should, List<Query> mustNot,
        @Nullable Integer minimumShouldMatch) implements Query {

    /** Copies the lists. */
    public BoolQuery {
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
    public BoolQuery must(Query... queries) {
        return new BoolQuery(QueryParts.plus(this.must, queries), this.filter, this.should, this.mustNot,
                this.minimumShouldMatch);
    }

    /**
     * Adds clauses that must match, without scoring: the usual choice for exact conditions.
     * @param queries the clauses
     * @return the combination with them
     */
    public BoolQuery filter(Query... queries) {
        return new BoolQuery(this.must, QueryParts.plus(this.filter, queries), this.should, this.mustNot,
                this.minimumShouldMatch);
    }

    /**
     * Adds clauses of which some must match.
     * @param queries the clauses
     * @return the combination with them
     */
    public BoolQuery should(Query... queries) {
        return new BoolQuery(this.must, this.filter, QueryParts.plus(this.should, queries), this.mustNot,
                this.minimumShouldMatch);
    }

    /**
     * Adds clauses that must not match.
     * @param queries the clauses
     * @return the combination with them
     */
    public BoolQuery mustNot(Query... queries) {
        return new BoolQuery(this.must, this.filter, this.should, QueryParts.plus(this.mustNot, queries),
                this.minimumShouldMatch);
    }

    /**
     * Sets how many should clauses must match.
     * @param count at least 0
     * @return the combination with the minimum
     */
    public BoolQuery minimumShouldMatch(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("minimumShouldMatch must not be negative but is " + count + ".");
        }
        return new BoolQuery(this.must, this.filter, this.should, this.mustNot, count);
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
        return new BoolQuery(QueryParts.translate(this.must, names), QueryParts.translate(this.filter, names),
                QueryParts.translate(this.should, names), QueryParts.translate(this.mustNot, names),
                this.minimumShouldMatch);
    }

}
