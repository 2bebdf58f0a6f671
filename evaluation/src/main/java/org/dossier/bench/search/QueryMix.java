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

/**
 * What researchers ask, in the proportions a search page sees: mostly searches by words, some
 * phrases and filters, entity look-ups as they type, entity and document pages, figure tables.
 * Words, names and ids come from the corpus, so that most requests find something.
 */
final class QueryMix {

    enum Kind {
        SEARCH(30), PHRASE(10), ENTITY_FILTER(10), FIGURE_FILTER(10), NEXT_PAGE(5), ENTITY_PREFIX(15),
        ENTITY_PAGE(8), DOCUMENT(7), FIGURES(5);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    private final List<String> words = new ArrayList<>();
    private final List<String> phrases = new ArrayList<>();
    private final List<String> entityIds = new ArrayList<>();
    private final List<String> prefixes = new ArrayList<>();
    private final List<String> documentIds = new ArrayList<>();
    private final List<Kind> wheel = new ArrayList<>();

    QueryMix(BenchCorpus corpus) {
        Set<String> seenWords = new LinkedHashSet<>();
        Set<String> seenPhrases = new LinkedHashSet<>();
        for (JsonNode doc : corpus.documents) {
            documentIds.add(doc.path("id").asText());
            String[] tokens = doc.path("title").asText("").toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
            for (int i = 0; i < tokens.length; i++) {
                if (tokens[i].length() >= 5) {
                    seenWords.add(tokens[i]);
                }
                if (i > 0 && tokens[i].length() >= 3 && tokens[i - 1].length() >= 3) {
                    seenPhrases.add(tokens[i - 1] + " " + tokens[i]);
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
            }
        }
    }

    Kind next(Random random) {
        return wheel.get(random.nextInt(wheel.size()));
    }

    String word(Random random) {
        return words.get(random.nextInt(words.size()));
    }

    /** The request's path and query for one of the kinds (the second page is asked for by following a first). */
    String path(Kind kind, Random random) {
        return switch (kind) {
            case SEARCH, NEXT_PAGE -> "/api/documents?q=" + encode(random.nextInt(4) == 0
                    ? word(random) + " " + word(random) : word(random));
            case PHRASE -> "/api/documents?q=" + encode("\"" + phrases.get(random.nextInt(phrases.size())) + "\"");
            case ENTITY_FILTER -> "/api/documents?entity=" + entityIds.get(random.nextInt(entityIds.size()))
                    + (random.nextBoolean() ? "" : "&q=" + encode(word(random)));
            case FIGURE_FILTER -> "/api/documents?figure=money&currency=USD&min="
                    + (long) Math.pow(10, 3 + random.nextInt(7));
            case ENTITY_PREFIX -> "/api/entities?q=" + encode(prefixes.get(random.nextInt(prefixes.size())));
            case ENTITY_PAGE -> "/api/entities/" + entityIds.get(random.nextInt(entityIds.size()));
            case DOCUMENT -> "/api/documents/" + documentIds.get(random.nextInt(documentIds.size()));
            case FIGURES -> "/api/figures?type=" + (random.nextBoolean() ? "money" : "count") + "&size=20";
        };
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
