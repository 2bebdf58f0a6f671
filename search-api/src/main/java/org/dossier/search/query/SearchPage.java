package org.dossier.search.query;

import java.util.List;

/**
 * One page of documents.
 *
 * @param query the query as understood
 * @param total how many documents match in all
 * @param hits this page's documents
 * @param facets what the matching documents are about; on the first page only
 * @param cursor the token for the next page, or null on the last page
 */
public record SearchPage(String query, long total, List<DocumentHit> hits, Facets facets, String cursor) {
}
