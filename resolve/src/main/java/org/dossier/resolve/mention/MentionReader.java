package org.dossier.resolve.mention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.dossier.config.domain.Mention;

/**
 * Reads every mention of a person or an organisation from the mentions index, page by page in id
 * order (search_after), with the entity each one carries now.
 */
public final class MentionReader {

    private static final int PAGE = 5000;

    private MentionReader() {
    }

    /**
     * @param byDocument the mentions, document by document, in document order
     * @param entityOfMention each mention's entity id now, where it has one
     */
    public record Mentions(Map<String, List<MentionView>> byDocument, Map<String, String> entityOfMention) {

        public int count() {
            return byDocument.values().stream().mapToInt(List::size).sum();
        }
    }

    public static Mentions read(ElasticsearchClient client, String index) {
        Map<String, List<MentionView>> byDocument = new LinkedHashMap<>();
        Map<String, String> entities = new HashMap<>();
        List<FieldValue> after = null;
        try {
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<Mention> page = client.search(s -> {
                    s.index(index).size(PAGE)
                            .query(q -> q.terms(t -> t.field("type").terms(v -> v.value(List.of(
                                    FieldValue.of(Mention.PERSON), FieldValue.of(Mention.ORGANIZATION))))))
                            .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                    return from == null ? s : s.searchAfter(from);
                }, Mention.class);
                List<Hit<Mention>> hits = page.hits().hits();
                for (Hit<Mention> hit : hits) {
                    Mention m = hit.source();
                    byDocument.computeIfAbsent(m.documentId(), d -> new ArrayList<>())
                            .add(new MentionView(m.id(), m.documentId(), m.type(), m.text(), m.start(), m.end(),
                                    MentionView.bracketed(m.sentence(), m.text()), m.sentence()));
                    if (m.entityId() != null) {
                        entities.put(m.id(), m.entityId());
                    }
                }
                if (hits.size() < PAGE) {
                    return new Mentions(byDocument, entities);
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the mentions from " + index + ": " + e.getMessage(), e);
        }
    }
}
