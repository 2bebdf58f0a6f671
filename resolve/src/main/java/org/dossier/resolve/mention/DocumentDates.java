package org.dossier.resolve.mention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;

import org.dossier.config.elastic.IndexFields;

/** The dates of the documents that mentions are in, read from the documents index a page of ids at a time. */
public final class DocumentDates {

    private static final int PAGE = 1000;

    private DocumentDates() {
    }

    /** Each document's date: when it was published, else when it was indexed. */
    public static Map<String, Instant> read(ElasticsearchClient client, String index, Set<String> ids) {
        Map<String, Instant> dates = new HashMap<>();
        List<String> all = List.copyOf(ids);
        try {
            for (int from = 0; from < all.size(); from += PAGE) {
                List<FieldValue> part = all.subList(from, Math.min(all.size(), from + PAGE)).stream()
                        .map(FieldValue::of).toList();
                var page = client.search(s -> s.index(index).size(part.size())
                        .query(q -> q.terms(t -> t.field(IndexFields.ID).terms(v -> v.value(part))))
                        .source(src -> src.filter(f -> f.includes(IndexFields.ID, IndexFields.PUBLISHED,
                                IndexFields.INGESTED_AT))), Map.class);
                for (var hit : page.hits().hits()) {
                    Object published = hit.source().get(IndexFields.PUBLISHED);
                    Object ingested = hit.source().get(IndexFields.INGESTED_AT);
                    Object date = published != null ? published : ingested;
                    if (date != null) {
                        dates.put(hit.id(), Instant.parse(date.toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the documents' dates: " + e.getMessage(), e);
        }
        return dates;
    }

}
