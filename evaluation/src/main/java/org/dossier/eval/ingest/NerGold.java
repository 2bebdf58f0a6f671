package org.dossier.eval.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dossier.ingest.nlp.NerSpan;

/**
 * Reads gold NER data: CoNLL files (IOB or IOB2 tags in the last column) or a docs.json laid out
 * like GUM's (GUM itself, or re3d made into that layout).
 */
final class NerGold {

    private static final Map<String, String> CONLL_TYPES = Map.of(
            "PER", "PERSON", "ORG", "ORGANIZATION", "LOC", "LOCATION", "MISC", "MISC");
    private static final Map<String, String> DOCS_JSON_TYPES = Map.of(
            "person", "PERSON", "organization", "ORGANIZATION", "place", "LOCATION");

    private NerGold() {
    }

    /** Whether the set has MISC entities to score (CoNLL does; GUM and re3d do not). */
    static boolean hasMisc(Path path) {
        return !isDocsJson(path);
    }

    static List<EvalDocument> read(Path path) throws IOException {
        if (isDocsJson(path)) {
            return docsJson(Files.isDirectory(path) ? path.resolve("docs.json") : path);
        }
        List<EvalDocument> documents = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (var files = Files.list(path)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".md"))
                        .sorted().toList()) {
                    documents.addAll(conll(file));
                }
            }
        } else {
            documents.addAll(conll(path));
        }
        return documents;
    }

    private static boolean isDocsJson(Path path) {
        return Files.isDirectory(path) ? Files.exists(path.resolve("docs.json")) : path.toString().endsWith(".json");
    }

    /** One document per -DOCSTART-; a sentence a paragraph, tokens joined by spaces. */
    static List<EvalDocument> conll(Path file) throws IOException {
        List<EvalDocument> documents = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Set<NerSpan> gold = new HashSet<>();
        int tokens = 0;
        int spanStart = 0;
        int lastEnd = 0;
        String spanType = null;
        boolean sentenceOpen = false;
        for (String line : Files.readAllLines(file)) {
            String[] columns = line.strip().split("\\s+");
            boolean docStart = columns[0].equals("-DOCSTART-");
            if (line.isBlank() || docStart) {
                if (spanType != null) {
                    gold.add(new NerSpan(spanStart, lastEnd, spanType));
                    spanType = null;
                }
                if (docStart && tokens > 0) {
                    documents.add(new EvalDocument(text.toString(), gold, tokens));
                    text = new StringBuilder();
                    gold = new HashSet<>();
                    tokens = 0;
                }
                sentenceOpen = false;
                continue;
            }
            String tag = columns[columns.length - 1];
            String type = tag.equals("O") ? null : CONLL_TYPES.get(tag.substring(2));
            boolean begins = tag.startsWith("B-") || type != null && !type.equals(spanType);
            if (spanType != null && (type == null || begins)) {
                gold.add(new NerSpan(spanStart, lastEnd, spanType));
                spanType = null;
            }
            if (!text.isEmpty()) {
                text.append(sentenceOpen ? " " : "\n\n");
            }
            sentenceOpen = true;
            if (type != null && spanType == null) {
                spanStart = text.length();
                spanType = type;
            }
            text.append(columns[0]);
            lastEnd = text.length();
            tokens++;
        }
        if (spanType != null) {
            gold.add(new NerSpan(spanStart, lastEnd, spanType));
        }
        if (tokens > 0) {
            documents.add(new EvalDocument(text.toString(), gold, tokens));
        }
        return documents;
    }

    /**
     * Proper-noun person, organisation and place mentions, outermost only, without a leading
     * "the" or a trailing possessive: GUM's and re3d's mentions are whole noun phrases, NER spans
     * are names. ({@code proper}: GUM's head is a proper noun; re3d's mention has a capital.)
     */
    static List<EvalDocument> docsJson(Path docsJson) throws IOException {
        List<EvalDocument> documents = new ArrayList<>();
        for (JsonNode doc : new ObjectMapper().readTree(docsJson.toFile())) {
            String text = doc.path("text").asText();
            List<NerSpan> names = new ArrayList<>();
            for (JsonNode m : doc.path("mentions")) {
                String type = DOCS_JSON_TYPES.get(m.path("etype").asText());
                if (type == null || !m.path("proper").asBoolean()) {
                    continue;
                }
                int start = m.path("start").asInt();
                int end = m.path("end").asInt();
                String surface = text.substring(start, end);
                if (surface.startsWith("the ") || surface.startsWith("The ")) {
                    start += 4;
                }
                if (surface.endsWith("'s") || surface.endsWith("’s")) {
                    end -= 2;
                }
                names.add(new NerSpan(start, end, type));
            }
            Set<NerSpan> gold = new HashSet<>();
            for (NerSpan span : names) {
                boolean nested = names.stream().anyMatch(o -> o != span && o.start() <= span.start()
                        && o.end() >= span.end() && (o.end() - o.start()) > (span.end() - span.start()));
                if (!nested) {
                    gold.add(span);
                }
            }
            documents.add(new EvalDocument(text, gold, text.split("\\s+").length));
        }
        return documents;
    }
}
