package org.dossier.search.figure;

import io.swagger.v3.oas.annotations.Parameter;

import org.dossier.search.query.FigureFilter;
import org.dossier.search.query.Params;

/** A figures search as it arrives in a request's parameters, all as typed. */
public record FigureParams(
        @Parameter(description = "money, count, percent or date")
        String type,
        @Parameter(description = "ISO 4217 currency, such as USD or SGD")
        String currency,
        @Parameter(description = "At least this much: 1000000, 1.5bn, 3 million")
        String min,
        @Parameter(description = "At most this much")
        String max,
        @Parameter(description = "What a count counts, as written (victims, individuals)")
        String counted,
        @Parameter(description = "Only in documents that mention this entity id")
        String entity,
        @Parameter(description = "In documents published on or after: yyyy-MM-dd, yyyy-MM or yyyy")
        String from,
        @Parameter(description = "In documents published on or before")
        String to,
        @Parameter(description = "Documents per page, 1 to 200 (default 50); a page holds all their figures")
        String size,
        @Parameter(description = "The cursor of the previous page, to read the next")
        String cursor) {

    public static final int DEFAULT_SIZE = 50;

    public FigureQuery toQuery() {
        FigureFilter filter = new FigureFilter(type, currency, Params.number("min", min), Params.number("max", max),
                counted);
        return new FigureQuery(filter, entity, Params.date("from", from), Params.endDate("to", to),
                Params.size(size, DEFAULT_SIZE), cursor);
    }
}
