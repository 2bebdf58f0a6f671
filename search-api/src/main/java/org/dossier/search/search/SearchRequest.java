package org.dossier.search.search;

/**
 * A documents query as a person types it.
 *
 * @param query words, "phrases", OR, -excluded; blank lists every document, newest first
 * @param size hits per page
 * @param cursor where the previous page ended, or null for the first page
 */
public record SearchRequest(String query, int size, String cursor) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_QUERY_LENGTH = 1000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new BadSearchRequestException("q is " + query.length() + " characters long; the limit is "
                    + MAX_QUERY_LENGTH);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadSearchRequestException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        cursor = cursor == null || cursor.isBlank() ? null : cursor.strip();
    }

    public boolean listsAll() {
        return query.isEmpty();
    }
}
