package org.dossier.search.figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Service;

import org.dossier.config.domain.Figure;
import org.dossier.config.domain.FileName;
import org.dossier.config.elastic.Answers;
import org.dossier.config.elastic.IndexFields;
import org.dossier.config.elastic.IndexNames;
import org.dossier.search.query.DocumentSearch;
import org.dossier.search.query.FigureFilter;
import org.dossier.search.query.FigureQueries;
import org.dossier.search.query.SearchCursor;

/**
 * Lists the figures that pass a filter, document by document, newest first. Figures are nested
 * in their documents: a nested query finds the documents, and the figures that passed are picked
 * from each document's source (inner hits would parse that source again for every figure).
 */
@Service
public class FigureSearch {

    /** At most this many figures of a document are listed. */
    private static final int FIGURES_PER_DOCUMENT = 100;
    /** An export stops here; narrower filters get the rest. */
    public static final int MAX_EXPORT = 100_000;

    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient async;
    private final IndexNames indices;

    public FigureSearch(ElasticsearchClient client, IndexNames indices) {
        this.client = client;
        this.async = new ElasticsearchAsyncClient(client._transport());
        this.indices = indices;
    }

    /**
     * @param documents how many documents match in all
     * @param cursor the next page's cursor, or null on the last
     */
    public record FigurePage(long documents, List<FigureRow> rows, String cursor) {
    }

    public FigurePage search(FigureQuery query) {
        return search(query, FIGURES_PER_DOCUMENT);
    }

    /** A page with at most {@code perDocument} figures of each document. */
    public FigurePage search(FigureQuery query, int perDocument) {
        SearchCursor cursor = query.cursor() == null ? null : SearchCursor.decode(query.cursor());
        Query filter = filter(query);
        SearchResponse<Listed> response;
        long total;
        try {
            // Counted apart, without hits, so that Elasticsearch's request cache keeps the count;
            // both requests go at once.
            CompletableFuture<SearchResponse<Void>> counting = cursor != null ? null
                    : async.search(s -> s.index(indices.documents()).size(0).query(filter)
                            .trackTotalHits(t -> t.enabled(true)).requestCache(true), Void.class);
            response = client.search(listing(query, filter, cursor), Listed.class);
            total = cursor != null ? cursor.total() : Answers.join(counting, "the figures count").hits().total().value();
        } catch (ElasticsearchException e) {
            // A cursor made by hand: sort values that do not fit the sort.
            if (cursor != null && e.status() == 400) {
                throw SearchCursor.invalid();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer the figures search", e);
        }
        List<Hit<Listed>> hits = response.hits().hits();
        String next = hits.size() < query.size() ? null
                : new SearchCursor(null, hits.get(hits.size() - 1).sort(), total).encode();
        return new FigurePage(total, rows(hits, query.filter(), perDocument), next);
    }

    /** The first page's rows, uncounted, at most {@code perDocument} of each document, for a summary beside others. */
    public CompletableFuture<List<FigureRow>> summary(FigureQuery query, int perDocument) {
        return async.search(listing(query, filter(query), null), Listed.class)
                .thenApply(response -> rows(response.hits().hits(), query.filter(), perDocument));
    }

    private static Query filter(FigureQuery query) {
        BoolQuery.Builder bool = new BoolQuery.Builder()
                .filter(f -> f.nested(FigureQueries.nested(query.filter()).build()));
        if (query.entity() != null) {
            bool.filter(f -> f.term(t -> t.field(IndexFields.ENTITY_IDS).value(query.entity())));
        }
        if (query.from() != null || query.to() != null) {
            bool.filter(DocumentSearch.published(query.from(), query.to()));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    private SearchRequest listing(FigureQuery query, Query filter, SearchCursor cursor) {
        return SearchRequest.of(s -> {
            s.index(indices.documents()).size(query.size()).query(filter)
                    .source(src -> src.filter(f -> f.includes(IndexFields.ID, IndexFields.TITLE,
                            IndexFields.SOURCE, IndexFields.PUBLISHED, IndexFields.SITE, IndexFields.FIGURES)))
                    .sort(o -> o.field(f -> f.field(IndexFields.PUBLISHED).order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)))
                    .trackTotalHits(t -> t.enabled(false));
            if (cursor != null) {
                s.searchAfter(cursor.after());
            }
            return s;
        });
    }

    private static List<FigureRow> rows(List<Hit<Listed>> hits, FigureFilter filter, int perDocument) {
        List<FigureRow> rows = new ArrayList<>();
        for (Hit<Listed> hit : hits) {
            Listed doc = hit.source();
            if (doc.figures() == null) {
                continue;
            }
            doc.figures().stream()
                    .filter(filter::accepts)
                    .limit(Math.min(perDocument, FIGURES_PER_DOCUMENT))
                    .sorted(Comparator.comparingInt(Figure::start))
                    .forEach(f -> rows.add(FigureRow.of(hit.id(), doc.name(), doc.published(), doc.site(), f)));
        }
        return rows;
    }

    /**
     * Every row, page after page, up to {@link #MAX_EXPORT}, from the query's first page already
     * read: an export begins only once its query has been answered, so that a query Elasticsearch
     * refuses is an error, not an empty file.
     */
    public void export(FigureQuery query, FigurePage first, Consumer<FigureRow> out) {
        FigureQuery page = query;
        FigurePage result = first;
        int written = 0;
        while (result != null && written < MAX_EXPORT) {
            for (FigureRow row : result.rows()) {
                if (written++ >= MAX_EXPORT) {
                    return;
                }
                out.accept(row);
            }
            page = result.cursor() == null ? null : page.withCursor(result.cursor());
            result = page == null ? null : search(page);
        }
    }

    record Listed(String id, String title, String source, Instant published, String site, List<Figure> figures) {

        /** Its title, else the name of the file or page it was read from. */
        String name() {
            return FileName.titleOr(title, source);
        }
    }
}
