package dev.atlanspring.client.lineage;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * One condition of a lineage request's filters: an attribute (or a system attribute such as {@code __typeName}),
 * an operator and a value, as Atlan's {@code FilterCriteria} criterion ({@code attributeName}, {@code operator},
 * {@code attributeValue}). Build one with the factories, such as {@code LineageFilter.eq("__typeName", "Table")}.
 *
 * @param attributeName the attribute compared, such as {@code name}, {@code certificateStatus} or
 * {@code __typeName}
 * @param operator how it is compared
 * @param attributeValue what it is compared with; {@code null} for {@link Operator#IS_NULL} and
 * {@link Operator#NOT_NULL}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineageFilter(@JsonProperty("attributeName") String attributeName,
        @JsonProperty("operator") Operator operator, @JsonProperty("attributeValue") @Nullable String attributeValue) {

    /**
     * Checks the parts.
     */
    public LineageFilter {
        if (attributeName == null || attributeName.isBlank()) {
            throw new IllegalArgumentException("A lineage filter needs the attribute it compares, such as"
                    + " '__typeName' or 'certificateStatus'.");
        }
        Objects.requireNonNull(operator, "operator");
        if (attributeValue == null && operator != Operator.IS_NULL && operator != Operator.NOT_NULL
                && operator != Operator.NOT_EMPTY) {
            throw new IllegalArgumentException("The lineage filter on '" + attributeName + "' with " + operator
                    + " needs a value to compare with.");
        }
    }

    /**
     * The attribute equals the value.
     * @param attributeName the attribute
     * @param value the value
     * @return the filter
     */
    public static LineageFilter eq(String attributeName, Object value) {
        return new LineageFilter(attributeName, Operator.EQ, String.valueOf(value));
    }

    /**
     * The attribute differs from the value.
     * @param attributeName the attribute
     * @param value the value
     * @return the filter
     */
    public static LineageFilter neq(String attributeName, Object value) {
        return new LineageFilter(attributeName, Operator.NEQ, String.valueOf(value));
    }

    /**
     * The attribute starts with the text.
     * @param attributeName the attribute
     * @param prefix the text
     * @return the filter
     */
    public static LineageFilter startsWith(String attributeName, String prefix) {
        return new LineageFilter(attributeName, Operator.STARTS_WITH, prefix);
    }

    /**
     * The attribute contains the text.
     * @param attributeName the attribute
     * @param text the text
     * @return the filter
     */
    public static LineageFilter contains(String attributeName, String text) {
        return new LineageFilter(attributeName, Operator.CONTAINS, text);
    }

    /**
     * The attribute has a value.
     * @param attributeName the attribute
     * @return the filter
     */
    public static LineageFilter notNull(String attributeName) {
        return new LineageFilter(attributeName, Operator.NOT_NULL, null);
    }

    /**
     * How a filter compares, with Atlan's symbols (atlas-metastore {@code SearchParameters.Operator}, pyatlan
     * {@code AtlanComparisonOperator}).
     */
    public enum Operator {

        /** Less than. */
        LT("<"),
        /** Greater than. */
        GT(">"),
        /** Less than or equal. */
        LTE("<="),
        /** Greater than or equal. */
        GTE(">="),
        /** Equal. */
        EQ("="),
        /** Not equal. */
        NEQ("!="),
        /** One of a list of values, written {@code (a, b)}. */
        IN("in"),
        /** Starts with. */
        STARTS_WITH("startsWith"),
        /** Ends with. */
        ENDS_WITH("endsWith"),
        /** Contains. */
        CONTAINS("contains"),
        /** Does not contain. */
        NOT_CONTAINS("not_contains"),
        /** Has no value. */
        IS_NULL("isNull"),
        /** Has a value. */
        NOT_NULL("notNull"),
        /** Has a value that is not empty. */
        NOT_EMPTY("notEmpty");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        /**
         * Returns the operator as Atlan writes it.
         * @return the symbol, such as {@code =} or {@code startsWith}
         */
        @JsonValue
        public String symbol() {
            return this.symbol;
        }

    }

}
