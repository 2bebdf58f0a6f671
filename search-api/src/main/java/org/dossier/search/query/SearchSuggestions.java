package org.dossier.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import co.elastic.clients.elasticsearch.core.search.TermSuggestOption;
import org.springframework.stereotype.Service;

import org.dossier.config.elastic.IndexFields;
import org.dossier.config.elastic.IndexNames;
import org.dossier.search.entity.EntitySearch;
import org.dossier.search.entity.EntitySummary;

/**
 * What a search that found nothing can try instead: the query with its unknown words spelled as
 * the corpus spells them (Elasticsearch's term suggester over the documents' text), offered only
 * when that finds documents, and the people and organisations whose names come close to it.
 */
@Service
public class SearchSuggestions {

    private static final int ENTITIES = 5;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*");

    private final ElasticsearchClient client;
    private final IndexNames indices;
    private final DocumentSearch documents;
    private final EntitySearch entities;

    public SearchSuggestions(ElasticsearchClient client, IndexNames indices, DocumentSearch documents,
                             EntitySearch entities) {
        this.client = client;
        this.indices = indices;
        this.documents = documents;
        this.entities = entities;
    }

    /**
     * @param spelling the query respelled, or null when no respelling finds anything
     * @param entities people and organisations named like the query
     */
    public record Suggestions(String spelling, List<EntitySummary> entities) {
    }

    public Suggestions of(String query) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty() || text.length() > 200) {
            return new Suggestions(null, List.of());
        }
        String respelled = respell(text);
        if (respelled != null && documents.search(DocumentQuery.of(respelled, 1)).total() == 0) {
            respelled = null;
        }
        return new Suggestions(respelled, entities.search(text, null, ENTITIES).entities());
    }

    /** The query with each word the index lacks replaced by its closest frequent spelling there, or null. */
    String respell(String text) {
        Map<String, String> corrections = new LinkedHashMap<>();
        try {
            var response = client.search(s -> s.index(indices.documents()).size(0)
                    .suggest(sg -> sg.text(text).suggesters("spelling", f -> f.term(t -> t.field(IndexFields.TEXT)
                            .suggestMode(SuggestMode.Missing).size(1)))), Void.class);
            for (Suggestion<Void> suggestion : response.suggest().getOrDefault("spelling", List.of())) {
                List<TermSuggestOption> options = suggestion.term().options();
                if (!options.isEmpty()) {
                    corrections.put(suggestion.term().text().toLowerCase(Locale.ROOT), options.get(0).text());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer the spelling suggestion", e);
        }
        if (corrections.isEmpty()) {
            return null;
        }
        // Only the misspelt words change; quotes, operators and the rest stay as typed.
        Matcher word = WORD.matcher(text);
        StringBuilder respelled = new StringBuilder();
        while (word.find()) {
            String correction = corrections.get(word.group().toLowerCase(Locale.ROOT));
            word.appendReplacement(respelled, Matcher.quoteReplacement(correction != null ? correction : word.group()));
        }
        word.appendTail(respelled);
        return respelled.toString();
    }
}
