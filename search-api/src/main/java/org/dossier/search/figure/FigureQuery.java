package org.dossier.search.figure;

import java.time.LocalDate;

import org.dossier.search.query.BadSearchRequestException;
import org.dossier.search.query.FigureFilter;
import org.dossier.search.query.Params;
import org.dossier.search.query.SearchCursor;

/**
 * Which figures to list: those passing {@code filter}, in documents that mention {@code entity}
 * and were published between {@code from} and {@code to}. Pages hold whole documents.
 *
 * @param size documents per page
 */
public record FigureQuery(FigureFilter filter, String entity, LocalDate from, LocalDate to, int size, String cursor) {

    public static final int MAX_SIZE = 200;

    public FigureQuery {
        filter = filter == null ? FigureFilter.NONE : filter;
        entity = entity == null || entity.isBlank() ? null : Params.id("entity", entity);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadSearchRequestException("from (" + from + ") is after to (" + to + ")");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadSearchRequestException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        cursor = Params.text("cursor", cursor, SearchCursor.MAX_LENGTH);
    }

    public FigureQuery withCursor(String next) {
        return new FigureQuery(filter, entity, from, to, size, next);
    }
}
