package org.dossier.search.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A documents query as a person types it, with its filters. Every check says what to change.
 *
 * @param query words, "phrases", OR, -excluded; blank matches every document
 * @param entities ids of entities every document must mention
 * @param entityType PERSON, ORGANIZATION or LOCATION: documents that mention at least one
 * @param location a place (as folded in {@code locations}) the documents must mention
 * @param site where the documents come from (see {@code Site})
 * @param kind news article, report or other
 * @param language ISO 639-1 code
 * @param from earliest publication date, inclusive
 * @param to latest publication date, inclusive
 * @param figures the money, count, percentage or date the documents must state
 * @param sort relevance (the default with words) or newest/oldest first (the default without)
 * @param size hits per page
 * @param cursor where the previous page ended, or null for the first page
 */
public record DocumentQuery(String query, List<String> entities, String entityType, String location, String site,
                            String kind, String language, LocalDate from, LocalDate to, FigureFilter figures,
                            Sort sort, int size, String cursor) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 1000;
    public static final int MAX_ENTITIES = 20;
    static final List<String> ENTITY_TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");

    public enum Sort { RELEVANCE, NEWEST, OLDEST }

    public DocumentQuery {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new BadSearchRequestException("q is " + query.length() + " characters long; the limit is "
                    + MAX_QUERY_LENGTH);
        }
        entities = entities == null ? List.of()
                : entities.stream().filter(e -> e != null && !e.isBlank()).map(e -> Params.id("entity", e))
                        .distinct().toList();
        if (entities.size() > MAX_ENTITIES) {
            throw new BadSearchRequestException("at most " + MAX_ENTITIES + " entities can be combined, got "
                    + entities.size());
        }
        entityType = blankToNull(entityType);
        if (entityType != null) {
            entityType = entityType.toUpperCase(Locale.ROOT);
            if (!ENTITY_TYPES.contains(entityType)) {
                throw new BadSearchRequestException("entityType must be one of " + ENTITY_TYPES + ", was "
                        + entityType);
            }
        }
        location = Params.text("location", location, Params.MAX_VALUE_LENGTH);
        site = Params.text("site", site, Params.MAX_VALUE_LENGTH);
        kind = Params.text("kind", kind, Params.MAX_VALUE_LENGTH);
        language = Params.text("language", language, Params.MAX_VALUE_LENGTH);
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadSearchRequestException("from (" + from + ") is after to (" + to + ")");
        }
        figures = figures == null ? FigureFilter.NONE : figures;
        sort = sort == null ? (query.isEmpty() ? Sort.NEWEST : Sort.RELEVANCE) : sort;
        if (size < 1 || size > MAX_SIZE) {
            throw new BadSearchRequestException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        cursor = Params.text("cursor", cursor, SearchCursor.MAX_LENGTH);
    }

    /** Words only, first page. */
    public static DocumentQuery of(String query, int size) {
        return new DocumentQuery(query, List.of(), null, null, null, null, null, null, null, null, null, size, null);
    }

    public DocumentQuery withCursor(String next) {
        return new DocumentQuery(query, entities, entityType, location, site, kind, language, from, to, figures, sort,
                size, next);
    }

    public DocumentQuery withEntities(List<String> ids) {
        return new DocumentQuery(query, ids, entityType, location, site, kind, language, from, to, figures, sort,
                size, cursor);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
