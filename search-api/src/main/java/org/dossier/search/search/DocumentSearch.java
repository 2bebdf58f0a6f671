package org.dossier.search.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.SearchRequest.Builder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Service;

import org.dossier.config.elastic.IndexNames;

/**
 * Full-text search over the documents index: simple query syntax (words, "phrases", OR, -word;
 * it never fails on odd input), matches highlighted, and deep paging with search_after.
 */
@Service
public class DocumentSearch {

    private static final List<String> LISTED_FIELDS = List.of("id", "title", "source", "contentType", "published");
    private static final int SNIPPET_LENGTH = 220;

    private final ElasticsearchClient client;
    private final IndexNames indices;

    public DocumentSearch(ElasticsearchClient client, IndexNames indices) {
        this.client = client;
        this.indices = indices;
    }

    public SearchPage search(SearchRequest request) {
        Builder search = new Builder()
                .index(indices.documents())
                .size(request.size())
                .trackTotalHits(t -> t.enabled(true))
                .source(s -> s.filter(f -> f.includes(LISTED_FIELDS)))
                .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .fields("title", f -> f.numberOfFragments(0))
                        .fields("text", f -> f.fragmentSize(SNIPPET_LENGTH).numberOfFragments(3)
                                .noMatchSize(SNIPPET_LENGTH)));
        if (request.listsAll()) {
            search.query(q -> q.matchAll(m -> m))
                    .sort(s -> s.field(f -> f.field("published").order(SortOrder.Desc)));
        } else {
            search.query(q -> q.simpleQueryString(s -> s.query(QuerySyntax.toSimpleQueryString(request.query()))
                            .fields("title^2", "text").defaultOperator(Operator.And)))
                    .sort(s -> s.score(o -> o.order(SortOrder.Desc)));
        }
        // The id breaks ties, so that pages neither repeat nor skip documents.
        search.sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)));
        if (request.cursor() != null) {
            search.searchAfter(SearchCursor.decode(request.cursor()));
        }

        SearchResponse<ListedDocument> response;
        try {
            response = client.search(search.build(), ListedDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer the search", e);
        }
        List<Hit<ListedDocument>> hits = response.hits().hits();
        String cursor = hits.size() < request.size() ? null : SearchCursor.encode(hits.get(hits.size() - 1).sort());
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new SearchPage(request.query(), total, hits.stream().map(DocumentSearch::toHit).toList(), cursor);
    }

    private static DocumentHit toHit(Hit<ListedDocument> hit) {
        ListedDocument doc = hit.source();
        Map<String, List<String>> highlight = hit.highlight();
        List<String> title = highlight.getOrDefault("title", List.of());
        return new DocumentHit(hit.id(), doc.title(), title.isEmpty() ? null : title.get(0), doc.source(),
                doc.contentType(), doc.published(), highlight.getOrDefault("text", List.of()));
    }

    /** The stored fields a result list shows. */
    record ListedDocument(String id, String title, String source, String contentType, Instant published) {
    }
}
