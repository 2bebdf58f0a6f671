package org.dossier.search.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import org.springframework.stereotype.Service;

import org.dossier.config.domain.EntityRecord;
import org.dossier.config.elastic.IndexFields;
import org.dossier.config.elastic.IndexNames;
import org.dossier.search.query.BadSearchRequestException;

/**
 * Finds people and organisations by name or alias as they are typed: by prefix ("jurg" finds
 * Jurgen Stock) and despite a typo ("Interpl"). Without a name it lists the most mentioned.
 */
@Service
public class EntitySearch {

    public static final int MAX_SIZE = 100;
    private static final List<String> TYPES = List.of("PERSON", "ORGANIZATION");

    private final ElasticsearchClient client;
    private final IndexNames indices;

    public EntitySearch(ElasticsearchClient client, IndexNames indices) {
        this.client = client;
        this.indices = indices;
    }

    public record EntityList(long total, List<EntitySummary> entities) {
    }

    public EntityList search(String name, String type, int size) {
        String text = name == null ? "" : name.strip();
        if (text.length() > 200) {
            throw new BadSearchRequestException("q is " + text.length() + " characters long; the limit is 200");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadSearchRequestException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        String kind = type == null || type.isBlank() ? null : type.strip().toUpperCase(Locale.ROOT);
        if (kind != null && !TYPES.contains(kind)) {
            throw new BadSearchRequestException("type must be one of " + TYPES + ", was " + kind);
        }
        BoolQuery.Builder bool = new BoolQuery.Builder()
                .mustNot(m -> m.exists(e -> e.field(IndexFields.REDIRECT_TO)));
        if (kind != null) {
            bool.filter(f -> f.term(t -> t.field(IndexFields.TYPE).value(kind)));
        }
        if (!text.isEmpty()) {
            bool.minimumShouldMatch("1")
                    .should(s -> s.matchPhrasePrefix(m -> m.field(IndexFields.NAME).query(text).boost(3f)))
                    .should(s -> s.matchPhrasePrefix(m -> m.field(IndexFields.ALIASES).query(text).boost(2f)))
                    .should(s -> s.match(m -> m.field(IndexFields.NAME).query(text).fuzziness("AUTO").prefixLength(1)))
                    .should(s -> s.match(m -> m.field(IndexFields.ALIASES).query(text).fuzziness("AUTO").prefixLength(1)));
        }
        try {
            var response = client.search(s -> s.index(indices.entities()).size(size)
                    .query(q -> q.bool(bool.build()))
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field(IndexFields.MENTION_COUNT).order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc))), EntityRecord.class);
            List<EntitySummary> found = response.hits().hits().stream().map(h -> EntitySummary.of(h.source())).toList();
            long total = response.hits().total() == null ? found.size() : response.hits().total().value();
            return new EntityList(total, found);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer the entity search", e);
        }
    }
}
