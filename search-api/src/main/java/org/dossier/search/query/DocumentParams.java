package org.dossier.search.query;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * A documents search as it arrives in a request's parameters, all as typed, so that every
 * mistake gets a message naming the parameter rather than a binding error.
 */
public record DocumentParams(
        @Parameter(description = "Words, \"phrases\", OR, AND, NOT or -word; empty lists every document")
        String q,
        @Parameter(description = "Entity id the documents must mention; repeat to require several")
        List<String> entity,
        @Parameter(description = "PERSON, ORGANIZATION or LOCATION: documents that mention at least one")
        String entityType,
        @Parameter(description = "A place the documents mention, as in the places facet")
        String location,
        @Parameter(description = "Where the documents come from, as in the sites facet")
        String site,
        @Parameter(description = "news article, report or other")
        String kind,
        @Parameter(description = "ISO 639-1 language code")
        String language,
        @Parameter(description = "Published on or after: yyyy-MM-dd, yyyy-MM or yyyy")
        String from,
        @Parameter(description = "Published on or before: yyyy-MM-dd, yyyy-MM or yyyy (a year or month counts whole)")
        String to,
        @Parameter(description = "The documents state a figure of this type: money, count, percent or date")
        String figure,
        @Parameter(description = "ISO 4217 currency of that figure, such as USD")
        String currency,
        @Parameter(description = "That figure is at least this much: 1000000, 1.5bn, 3 million")
        String min,
        @Parameter(description = "That figure is at most this much")
        String max,
        @Parameter(description = "What that count counts, as written (victims, individuals)")
        String counted,
        @Parameter(description = "relevance (default with words), newest (default without) or oldest")
        String sort,
        @Parameter(description = "Documents per page, 1 to 100 (default 20)")
        String size,
        @Parameter(description = "The cursor of the previous page, to read the next")
        String cursor) {

    public static final int DEFAULT_SIZE = 20;

    public DocumentQuery toQuery() {
        FigureFilter figures = new FigureFilter(figure, currency, Params.number("min", min),
                Params.number("max", max), counted);
        return new DocumentQuery(q, entity, entityType, location, site, kind, language, Params.date("from", from),
                Params.endDate("to", to), figures, Params.sort(sort), Params.size(size, DEFAULT_SIZE), cursor);
    }
}
