package org.dossier.eval.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dossier.config.domain.NameKey;
import org.dossier.resolve.NameResolver;
import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.group.NameGroups;
import org.dossier.resolve.mention.MentionView;
import org.dossier.resolve.score.NameComparator;
import org.dossier.resolve.score.NameModel;

/**
 * {@code dossier eval links DIR}: how well the resolver links the named mentions of people and
 * organisations inside documents and across them, on a folder with GUM's {@code docs.json}. The
 * gold mentions are the input (named: their head is a proper noun), so that only linking is
 * measured, not recognition; two mentions are the same entity in the gold when they share a
 * Wikipedia identity, or, without one, a coreference chain. Pairwise precision, recall and F1
 * are given for pairs inside one document and for pairs across documents; the last line is
 * {@code links within-F1=0.xxx across-F1=0.xxx n=N}.
 */
public final class LinkEvaluation {

    private LinkEvaluation() {
    }

    /** Pairwise F1 inside documents and across them, for the resolver and for the exact-name floor. */
    record Result(double withinF1, double acrossF1, double exactWithinF1, double exactAcrossF1, int mentions) {
    }

    public static void main(String[] args) throws IOException {
        Path docs = args.length == 1 ? Path.of(args[0]).resolve("docs.json") : null;
        if (docs == null || !Files.isRegularFile(docs)) {
            System.err.println("usage: dossier eval links DIR (a folder with GUM's docs.json)");
            System.exit(2);
        }
        Result result = run(docs, Boolean.getBoolean("verbose"));
        System.out.printf(Locale.ROOT, "links within-F1=%.3f across-F1=%.3f n=%d%n", result.withinF1(),
                result.acrossF1(), result.mentions());
    }

    static Result run(Path docs, boolean verbose) throws IOException {
        Map<String, List<MentionView>> byDocument = new LinkedHashMap<>();
        Map<String, String> gold = new HashMap<>();
        for (JsonNode doc : new ObjectMapper().readTree(docs.toFile())) {
            String id = doc.get("doc_id").asText();
            List<MentionView> mentions = new ArrayList<>();
            for (JsonNode m : doc.get("mentions")) {
                String type = switch (m.get("etype").asText()) {
                    case "person" -> "PERSON";
                    case "organization" -> "ORGANIZATION";
                    default -> null;
                };
                if (type == null || !m.get("proper").asBoolean()) {
                    continue;
                }
                String mentionId = id + ":" + m.get("start").asInt() + "-" + m.get("end").asInt();
                int start = m.get("start").asInt();
                String text = doc.get("text").asText();
                mentions.add(new MentionView(mentionId, id, type, m.get("text").asText(), start, m.get("end").asInt(),
                        start > 0 && text.charAt(start - 1) == '(', sentence(text, start, m.get("end").asInt())));
                JsonNode identity = m.get("identity");
                gold.put(mentionId, identity == null || identity.isNull() ? m.get("chain").asText() : identity.asText());
            }
            byDocument.put(id, mentions);
        }
        Map<String, String> keyOfMention = new HashMap<>();
        Map<String, String> definitions = new HashMap<>();
        List<NameGroup> groups = NameGroups.of(byDocument, keyOfMention, definitions);
        NameResolver.Resolution resolution = new NameResolver(new NameComparator(NameModel.standard()),
                NameResolver.Settings.defaults()).resolve(groups, List.of(), definitions);
        Map<String, Integer> entityOfKey = new HashMap<>();
        for (int c = 0; c < resolution.clusters().size(); c++) {
            for (NameGroup group : resolution.clusters().get(c)) {
                entityOfKey.put(group.key(), c);
            }
        }
        List<MentionView> all = byDocument.values().stream().flatMap(List::stream).toList();
        PairCounts within = new PairCounts();
        PairCounts across = new PairCounts();
        PairCounts exactWithin = new PairCounts();
        PairCounts exactAcross = new PairCounts();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                MentionView a = all.get(i);
                MentionView b = all.get(j);
                // A generic head that stands for nothing is linked to nothing.
                Integer entityA = entityOfKey.get(keyOfMention.get(a.id()));
                boolean predicted = entityA != null && entityA.equals(entityOfKey.get(keyOfMention.get(b.id())));
                boolean actual = gold.get(a.id()).equals(gold.get(b.id()));
                boolean sameDocument = a.documentId().equals(b.documentId());
                (sameDocument ? within : across).add(predicted, actual);
                // The floor: mentions written the same (folded) are the same, others not.
                boolean exact = a.type().equals(b.type()) && NameKey.of(a.text()).equals(NameKey.of(b.text()));
                (sameDocument ? exactWithin : exactAcross).add(exact, actual);
                if (verbose && predicted != actual) {
                    System.out.printf("%s %s: %s | %s%n", predicted ? "FP" : "FN", sameDocument ? "within" : "across",
                            a.text(), b.text());
                }
            }
        }
        System.out.printf(Locale.ROOT, "exact names: within F1=%.3f, across F1=%.3f%n", exactWithin.f1(), exactAcross.f1());
        System.out.printf(Locale.ROOT, "within documents: P=%.3f R=%.3f F1=%.3f (%d gold pairs)%n", within.precision(),
                within.recall(), within.f1(), within.actual());
        System.out.printf(Locale.ROOT, "across documents: P=%.3f R=%.3f F1=%.3f (%d gold pairs)%n", across.precision(),
                across.recall(), across.f1(), across.actual());
        return new Result(within.f1(), across.f1(), exactWithin.f1(), exactAcross.f1(), all.size());
    }

    /** The sentence around a mention: from the end of the sentence before to the next full stop. */
    private static String sentence(String text, int start, int end) {
        int from = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf('\n', start)) + 1;
        int to = text.indexOf(". ", end);
        return text.substring(Math.max(0, from), to < 0 ? text.length() : to + 1).strip();
    }
}
