package org.dossier.bench.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.dossier.search.query.DocumentParams;
import org.dossier.search.query.DocumentQuery;

/**
 * What researchers ask, in the proportions a search page sees: mostly searches by words, some
 * phrases and filters, entity look-ups as they type, entity and document pages, figure tables.
 * Words and phrases are drawn from the whole corpus vocabulary (titles and texts), names and ids
 * from the corpus, so that most requests find something.
 */
final class QueryMix {

    enum Kind {
        SEARCH(30), PHRASE(10), ENTITY_FILTER(10), FIGURE_FILTER(10), NEXT_PAGE(5), ENTITY_PREFIX(15),
        ENTITY_PAGE(8), DOCUMENT(7), FIGURES(5);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }

        /** A documents search: the API sends Elasticsearch a hits request the baseline can send bare. */
        boolean isSearch() {
            return this == SEARCH || this == PHRASE || this == ENTITY_FILTER || this == FIGURE_FILTER
                    || this == NEXT_PAGE;
        }
    }

    /**
     * One request: its kind, its path and query, and for a search the query it stands for (for a
     * second page, its first page's).
     */
    record Request(Kind kind, String path, DocumentQuery query) {
    }

    private final List<String> words = new ArrayList<>();
    private final List<String> phrases = new ArrayList<>();
    private final List<String> entityIds = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<String> documentIds = new ArrayList<>();
    private final List<Kind> wheel = new ArrayList<>();
    private final List<Kind> searchWheel = new ArrayList<>();

    QueryMix(BenchCorpus corpus) {
        Set<String> seenWords = new LinkedHashSet<>();
        Set<String> seenPhrases = new LinkedHashSet<>();
        for (JsonNode doc : corpus.documents) {
            documentIds.add(doc.path("id").asText());
            for (String field : List.of("title", "text")) {
                // Sentence by sentence, so that a phrase never spans two.
                for (String sentence : doc.path(field).asText("").split("[.!?\\n]+")) {
                    String[] tokens = sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
                    for (int i = 0; i < tokens.length; i++) {
                        if (tokens[i].length() >= 4) {
                            seenWords.add(tokens[i]);
                        }
                        if (i > 0 && tokens[i].length() >= 3 && tokens[i - 1].length() >= 3) {
                            seenPhrases.add(tokens[i - 1] + " " + tokens[i]);
                        }
                    }
                }
            }
        }
        words.addAll(seenWords);
        phrases.addAll(seenPhrases);
        for (JsonNode entity : corpus.entities) {
            if (entity.path("documentCount").asInt() >= 2 && !entity.hasNonNull("redirectTo")) {
                entityIds.add(entity.path("id").asText());
                String name = entity.path("name").asText();
                prefixes.add(name.substring(0, Math.min(name.length(), 4)));
            }
        }
        for (Kind kind : Kind.values()) {
            for (int i = 0; i < kind.weight; i++) {
                wheel.add(kind);
                if (kind.isSearch()) {
                    searchWheel.add(kind);
                }
            }
        }
    }

    int vocabulary() {
        return words.size();
    }

    /** Any kind of request, in the mix's proportions. */
    Request next(Random random) {
        return request(wheel.get(random.nextInt(wheel.size())), random);
    }

    /** A documents search only, in the proportions the searches have among themselves. */
    Request nextSearch(Random random) {
        return request(searchWheel.get(random.nextInt(searchWheel.size())), random);
    }

    private String word(Random random) {
        return words.get(random.nextInt(words.size()));
    }

    private Request request(Kind kind, Random random) {
        return switch (kind) {
            case SEARCH, NEXT_PAGE -> search(kind, random.nextInt(4) == 0 ? word(random) + " " + word(random)
                    : word(random), null, null, null);
            case PHRASE -> search(kind, "\"" + phrases.get(random.nextInt(phrases.size())) + "\"", null, null, null);
            case ENTITY_FILTER -> search(kind, random.nextBoolean() ? null : word(random),
                    entityIds.get(random.nextInt(entityIds.size())), null, null);
            case FIGURE_FILTER -> search(kind, null, null, "money", String.valueOf((long) Math.pow(10, 3 + random.nextInt(7))));
            case ENTITY_PREFIX -> new Request(kind,
                    "/api/entities?q=" + encode(prefixes.get(random.nextInt(prefixes.size()))), null);
            case ENTITY_PAGE -> new Request(kind, "/api/entities/" + entityIds.get(random.nextInt(entityIds.size())), null);
            case DOCUMENT -> new Request(kind, "/api/documents/" + documentIds.get(random.nextInt(documentIds.size())), null);
            case FIGURES -> new Request(kind, "/api/figures?type=" + (random.nextBoolean() ? "money" : "count")
                    + "&size=20", null);
        };
    }

    /** A search's path and the query the API makes of the same parameters. */
    private static Request search(Kind kind, String q, String entity, String figure, String min) {
        StringBuilder path = new StringBuilder("/api/documents?");
        String currency = figure == null ? null : "USD";
        if (q != null) {
            path.append("q=").append(encode(q)).append('&');
        }
        if (entity != null) {
            path.append("entity=").append(entity).append('&');
        }
        if (figure != null) {
            path.append("figure=").append(figure).append("&currency=").append(currency).append("&min=").append(min)
                    .append('&');
        }
        path.setLength(path.length() - 1);
        DocumentQuery query = new DocumentParams(q, entity == null ? null : List.of(entity), null, null, null, null,
                null, null, null, figure, currency, min, null, null, null, null, null).toQuery();
        return new Request(kind, path.toString(), query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
