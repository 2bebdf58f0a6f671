package org.dossier.config.elastic;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Every hit of a search, page after page in id order ({@code search_after}): how the jobs and the
 * web app read a whole index, or all that a query finds in it, without a limit on its size.
 */
public final class IndexScan {

    private IndexScan() {
    }

    /**
     * Hands each hit to {@code each}, pages of {@code pageSize} at a time. {@code search} names the
     * index and sets the query and the source filter; the scan sets the size, the sort by id and
     * where each page starts.
     */
    public static <T> void forEach(ElasticsearchClient client, int pageSize, Consumer<SearchRequest.Builder> search,
                                   Class<T> type, Consumer<Hit<T>> each) throws IOException {
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            List<Hit<T>> hits = client.search(s -> {
                search.accept(s);
                s.size(pageSize).sort(o -> o.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)));
                return from == null ? s : s.searchAfter(from);
            }, type).hits().hits();
            hits.forEach(each);
            if (hits.size() < pageSize) {
                return;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }
}
