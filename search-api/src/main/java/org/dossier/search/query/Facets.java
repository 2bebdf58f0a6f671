package org.dossier.search.query;

import java.util.List;

/**
 * What the matching documents are about, for narrowing a search: the most mentioned people,
 * organisations and places, where the documents come from, their kinds, languages, and how many
 * were published each month.
 */
public record Facets(List<Value> people, List<Value> organizations, List<Value> places, List<Value> sites,
                     List<Value> kinds, List<Value> languages, List<Month> timeline) {

    public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    /**
     * @param key what to filter by (an entity id, a place, a site...)
     * @param label how to show it
     * @param count how many matching documents have it
     */
    public record Value(String key, String label, long count) {
    }

    /** @param month yyyy-MM */
    public record Month(String month, long count) {
    }
}
