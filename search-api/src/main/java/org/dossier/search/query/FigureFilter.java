package org.dossier.search.query;

import java.util.List;
import java.util.Locale;

import org.dossier.config.domain.Figure;

/**
 * Which figures a document must state: all conditions hold for one and the same figure
 * ("money in USD over 1 billion" is one amount, not any money and any number over a billion).
 *
 * @param type money, count, percent or date
 * @param currency ISO 4217 code
 * @param min the figure reaches at least this value (a range reaches it with its high end)
 * @param max the figure starts at or below this value
 * @param counted what a count counts, as written ("victims"), in any case
 */
public record FigureFilter(String type, String currency, Double min, Double max, String counted) {

    public static final FigureFilter NONE = new FigureFilter(null, null, null, null, null);
    static final List<String> TYPES = List.of("money", "count", "percent", "date");

    public FigureFilter {
        type = DocumentQuery.blankToNull(type);
        if (type != null) {
            type = type.toLowerCase(Locale.ROOT);
            if (!TYPES.contains(type)) {
                throw new BadSearchRequestException("figure type must be one of " + TYPES + ", was " + type);
            }
        }
        currency = DocumentQuery.blankToNull(currency);
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
            if (!currency.matches("[A-Z]{3}")) {
                throw new BadSearchRequestException("currency must be an ISO 4217 code such as USD, was " + currency);
            }
        }
        if (min != null && max != null && min > max) {
            throw new BadSearchRequestException("min (" + min + ") is above max (" + max + ")");
        }
        // A case-insensitive term grows with its length; past a few hundred characters Elasticsearch refuses it.
        counted = Params.text("counted", counted, Params.MAX_VALUE_LENGTH);
    }

    /**
     * Whether a figure passes, as {@link FigureQueries#figureQuery} asks Elasticsearch: a list
     * shows a document's passing figures from its source, without a nested query per document.
     */
    public boolean accepts(Figure figure) {
        return (type == null || type.equals(figure.type()))
                && (currency == null || currency.equals(figure.currency()))
                && (min == null || figure.value() != null && figure.value() >= min
                        || figure.valueMax() != null && figure.valueMax() >= min)
                && (max == null || figure.value() != null && figure.value() <= max)
                && (counted == null || counted.equalsIgnoreCase(figure.counted()));
    }

    public boolean isEmpty() {
        return type == null && currency == null && min == null && max == null && counted == null;
    }
}
