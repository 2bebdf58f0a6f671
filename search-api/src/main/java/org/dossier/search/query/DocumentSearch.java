package org.dossier.search.query;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.OpenPointInTimeResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchRequest.Builder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.apache.commons.text.WordUtils;
import org.springframework.stereotype.Service;

import org.dossier.config.domain.EntityRecord;
import org.dossier.config.domain.FileName;
import org.dossier.config.elastic.Answers;
import org.dossier.config.elastic.IndexFields;
import org.dossier.config.elastic.IndexNames;
import org.dossier.search.index.EntityLookup;

/**
 * Full-text search over the documents index: the query syntax people type (it never fails on
 * odd input), filters, facets, highlights, and deep paging. The first two pages are plain
 * searches; the second opens a point in time beside it, so that every later page reads the same
 * snapshot while ingest goes on.
 */
@Service
public class DocumentSearch {

    private static final List<String> LISTED_FIELDS =
            List.of(IndexFields.ID, IndexFields.TITLE, IndexFields.SOURCE, IndexFields.SITE, IndexFields.KIND,
                    IndexFields.CONTENT_TYPE, IndexFields.PUBLISHED);
    private static final int SNIPPET_LENGTH = 220;
    private static final Time KEEP_ALIVE = Time.of(t -> t.time("5m"));
    private static final int ENTITY_FACET_SIZE = 60;
    private static final int FACET_SIZE = 10;

    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient async;
    private final IndexNames indices;
    private final EntityLookup entities;

    public DocumentSearch(ElasticsearchClient client, IndexNames indices, EntityLookup entities) {
        this.client = client;
        this.async = new ElasticsearchAsyncClient(client._transport());
        this.indices = indices;
        this.entities = entities;
    }

    public SearchPage search(DocumentQuery request) {
        SearchCursor cursor = request.cursor() == null ? null : SearchCursor.decode(request.cursor());
        String pit = cursor == null ? null : cursor.pit();
        boolean firstPage = cursor == null;
        // The second page is read from the index, like the first, while the point in time that
        // later pages read opens beside it: the snapshot starts there, without a round trip first.
        CompletableFuture<OpenPointInTimeResponse> opening = cursor != null && pit == null
                ? async.openPointInTime(p -> p.index(indices.documents()).keepAlive(KEEP_ALIVE)) : null;
        Query query = query(request);

        // The first page counts and facets in a request of its own: without hits it is kept in
        // Elasticsearch's request cache, and the hits need not be counted to the last one. Both
        // requests go at once, so that the page waits for the slower, not for the two in turn.
        CompletableFuture<SearchResponse<Void>> counting = null;
        SearchRequest count = null;
        if (firstPage) {
            count = new Builder().index(indices.documents()).size(0).query(query)
                    .trackTotalHits(t -> t.enabled(true)).requestCache(true).aggregations(FACETS).build();
            counting = async.search(count, Void.class);
        }
        SearchRequest listing = hitsRequest(request, indices.documents(), pit,
                cursor == null ? List.of() : cursor.after());
        SearchResponse<ListedDocument> response = await(async.search(listing, ListedDocument.class), listing);
        long total;
        Facets facets;
        if (firstPage) {
            SearchResponse<Void> counted = await(counting, count);
            total = counted.hits().total() == null ? 0 : counted.hits().total().value();
            facets = facets(counted.aggregations());
        } else {
            total = cursor.total();
            facets = Facets.NONE;
        }

        List<Hit<ListedDocument>> hits = response.hits().hits();
        String nextPit = opening != null ? Answers.join(opening, "the opening of a point in time").id()
                : response.pitId() != null ? response.pitId() : pit;
        String next = null;
        if (hits.size() == request.size()) {
            next = new SearchCursor(nextPit, hits.get(hits.size() - 1).sort(), total).encode();
        } else if (nextPit != null) {
            closePointInTime(nextPit);
        }
        return new SearchPage(request.query(), total, hits.stream().map(DocumentSearch::toHit).toList(), facets, next);
    }

    /**
     * The request for one page of hits, highlighted, without counting them: read from {@code pit}
     * when there is one, else from {@code index}; {@code after} is the last hit of the page before.
     * Public so that a benchmark can send exactly this request on its own.
     */
    public static SearchRequest hitsRequest(DocumentQuery request, String index, String pit, List<FieldValue> after) {
        Builder search = new Builder()
                .size(request.size())
                .trackTotalHits(t -> t.enabled(false))
                .query(query(request))
                .source(s -> s.filter(f -> f.includes(LISTED_FIELDS)))
                .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .fields(IndexFields.TITLE, f -> f.numberOfFragments(0))
                        .fields(IndexFields.TEXT, f -> f.fragmentSize(SNIPPET_LENGTH).numberOfFragments(3)
                                .noMatchSize(SNIPPET_LENGTH)));
        if (pit == null) {
            search.index(index);
        } else {
            search.pit(p -> p.id(pit).keepAlive(KEEP_ALIVE));
        }
        switch (request.sort()) {
            case RELEVANCE -> search.sort(s -> s.score(o -> o.order(SortOrder.Desc)));
            case NEWEST -> search.sort(s -> s.field(f -> f.field(IndexFields.PUBLISHED).order(SortOrder.Desc)));
            case OLDEST -> search.sort(s -> s.field(f -> f.field(IndexFields.PUBLISHED).order(SortOrder.Asc)));
        }
        // The id breaks ties, so that pages neither repeat nor skip documents.
        search.sort(s -> s.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)));
        if (!after.isEmpty()) {
            search.searchAfter(after);
        }
        return search.build();
    }

    /** The query for the documents a request asks for, without paging: for searches that list them differently. */
    public static Query query(DocumentQuery request) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (request.query().isEmpty()) {
            bool.must(m -> m.matchAll(a -> a));
        } else {
            bool.must(m -> m.simpleQueryString(s -> s.query(QuerySyntax.toSimpleQueryString(request.query()))
                    .fields(IndexFields.TITLE + "^2", IndexFields.TEXT).defaultOperator(Operator.And)));
        }
        request.entities().forEach(id -> bool.filter(FigureQueries.term(IndexFields.ENTITY_IDS, id)));
        if (request.entityType() != null) {
            String field = switch (request.entityType()) {
                case "PERSON" -> IndexFields.PEOPLE;
                case "ORGANIZATION" -> IndexFields.ORGANIZATIONS;
                default -> IndexFields.LOCATIONS;
            };
            bool.filter(f -> f.exists(e -> e.field(field)));
        }
        if (request.location() != null) {
            bool.filter(FigureQueries.term(IndexFields.LOCATIONS, request.location()));
        }
        if (request.site() != null) {
            bool.filter(FigureQueries.term(IndexFields.SITE, request.site()));
        }
        if (request.kind() != null) {
            bool.filter(FigureQueries.term(IndexFields.KIND, request.kind()));
        }
        if (request.language() != null) {
            bool.filter(FigureQueries.term(IndexFields.LANGUAGE, request.language()));
        }
        if (request.from() != null || request.to() != null) {
            bool.filter(published(request.from(), request.to()));
        }
        if (!request.figures().isEmpty()) {
            bool.filter(f -> f.nested(FigureQueries.nested(request.figures()).build()));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    /** Documents published from the start of {@code from} to the end of {@code to}; either may be null. */
    public static Query published(java.time.LocalDate from, java.time.LocalDate to) {
        return Query.of(f -> f.range(r -> r.date(d -> {
            d.field(IndexFields.PUBLISHED);
            if (from != null) {
                d.gte(from.toString());
            }
            if (to != null) {
                d.lte(to.atTime(23, 59, 59).toInstant(ZoneOffset.UTC).toString());
            }
            return d;
        })));
    }

    private static final Map<String, Aggregation> FACETS = Map.of(
            "entities", Aggregation.of(a -> a.terms(t -> t.field(IndexFields.ENTITY_IDS).size(ENTITY_FACET_SIZE))),
            "places", Aggregation.of(a -> a.terms(t -> t.field(IndexFields.LOCATIONS).size(FACET_SIZE))),
            "sites", Aggregation.of(a -> a.terms(t -> t.field(IndexFields.SITE).size(FACET_SIZE))),
            "kinds", Aggregation.of(a -> a.terms(t -> t.field(IndexFields.KIND).size(FACET_SIZE))),
            "languages", Aggregation.of(a -> a.terms(t -> t.field(IndexFields.LANGUAGE).size(FACET_SIZE))),
            "timeline", Aggregation.of(a -> a.dateHistogram(d -> d.field(IndexFields.PUBLISHED)
                    .calendarInterval(CalendarInterval.Month).format("yyyy-MM").minDocCount(1))));

    private Facets facets(Map<String, Aggregate> aggregations) {
        List<Facets.Value> entityCounts = terms(aggregations.get("entities"));
        Set<String> ids = new LinkedHashSet<>();
        entityCounts.forEach(v -> ids.add(v.key()));
        Map<String, EntityRecord> found = entities.labels(ids);
        List<Facets.Value> people = new ArrayList<>();
        List<Facets.Value> organizations = new ArrayList<>();
        // Among entities in as many documents, the more mentioned first (Elasticsearch breaks ties by id).
        List<Facets.Value> ranked = entityCounts.stream().filter(v -> found.containsKey(v.key()))
                .sorted(Comparator.comparingLong(Facets.Value::count).reversed()
                        .thenComparing(v -> -found.get(v.key()).mentionCount()))
                .toList();
        for (Facets.Value value : ranked) {
            EntityRecord entity = found.get(value.key());
            if (entity == null || entity.name() == null) {
                continue;
            }
            List<Facets.Value> list = "PERSON".equals(entity.type()) ? people : organizations;
            if (list.size() < FACET_SIZE) {
                list.add(new Facets.Value(value.key(), entity.name(), value.count()));
            }
        }
        List<Facets.Value> places = terms(aggregations.get("places")).stream()
                .map(v -> new Facets.Value(v.key(), WordUtils.capitalizeFully(v.key(), ' ', '-'), v.count())).toList();
        List<Facets.Month> timeline = aggregations.get("timeline").dateHistogram().buckets().array().stream()
                .map(b -> new Facets.Month(b.keyAsString(), b.docCount())).toList();
        return new Facets(people, organizations, places, terms(aggregations.get("sites")),
                terms(aggregations.get("kinds")), terms(aggregations.get("languages")), timeline);
    }

    private static List<Facets.Value> terms(Aggregate aggregate) {
        return aggregate.sterms().buckets().array().stream()
                .map(b -> new Facets.Value(b.key().stringValue(), b.key().stringValue(), b.docCount())).toList();
    }

    /** The answer to a request sent with the asynchronous client, its failures as the API tells them. */
    private static <T> SearchResponse<T> await(CompletableFuture<SearchResponse<T>> answer, SearchRequest search) {
        try {
            return Answers.join(answer, "the search");
        } catch (ElasticsearchException failed) {
            if (failed.status() == 404 && failed.getMessage().contains("search_context_missing")) {
                throw new BadSearchRequestException("cursor has expired (pages are kept for five minutes "
                        + "after the last one was read); start again from the first page");
            }
            // A cursor made by hand (sort values that do not fit, a point in time never opened).
            if (failed.status() == 400 && (search.pit() != null || !search.searchAfter().isEmpty())) {
                throw SearchCursor.invalid();
            }
            throw failed;
        }
    }

    private void closePointInTime(String pit) {
        try {
            client.closePointInTime(c -> c.id(pit));
        } catch (IOException | ElasticsearchException e) {
            // It expires on its own.
        }
    }

    private static DocumentHit toHit(Hit<ListedDocument> hit) {
        ListedDocument doc = hit.source();
        Map<String, List<String>> highlight = hit.highlight();
        List<String> title = highlight.getOrDefault(IndexFields.TITLE, List.of());
        return new DocumentHit(hit.id(), FileName.titleOr(doc.title(), doc.source()), title.isEmpty() ? null : title.get(0), doc.source(), doc.site(),
                doc.kind(), doc.contentType(), doc.published(), highlight.getOrDefault(IndexFields.TEXT, List.of()));
    }

    /** The stored fields a result list shows. */
    public record ListedDocument(String id, String title, String source, String site, String kind, String contentType,
                          Instant published) {
    }
}
