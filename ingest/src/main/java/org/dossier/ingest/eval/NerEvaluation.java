package org.dossier.ingest.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dossier.ingest.nlp.NerSpan;

/**
 * {@code dossier eval ner FILE|DIR}: exact-span-and-type precision, recall and F1 (conlleval's
 * micro average) of Dossier's recogniser on CoNLL files or a GUM-style folder, beside the two
 * CoreNLP baselines run on the same texts in the same process: the 4-class CRF alone and
 * Datashare's configuration (see {@link NerSystem#datashare}). Sets without MISC (GUM) score PERSON,
 * ORGANIZATION and LOCATION only. The last line is Dossier's score.
 */
public final class NerEvaluation {

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.exists(Path.of(args[0]))) {
            System.err.println("usage: dossier eval ner FILE|DIR (CoNLL files, or a folder with a GUM docs.json)");
            System.exit(2);
        }
        Path path = Path.of(args[0]);
        boolean baselines = !"false".equals(System.getProperty("baselines"));
        List<EvalDocument> documents = NerGold.read(path);
        boolean misc = NerGold.hasMisc(path);
        boolean pretokenised = misc;   // CoNLL text is tokenised; GUM's is running text
        PrintStream out = System.out;
        int gold = documents.stream().mapToInt(d -> d.gold().size()).sum();
        int tokens = documents.stream().mapToInt(EvalDocument::tokens).sum();
        out.printf(Locale.ROOT, "ner data=%s documents=%d tokens=%d entities=%d%n",
                path.getFileName(), documents.size(), tokens, gold);

        List<NerSystem> systems = new ArrayList<>();
        if (baselines) {
            systems.add(NerSystem.crf4Class(pretokenised));
            systems.add(NerSystem.datashare(pretokenised));
        }
        systems.add(NerSystem.dossier(pretokenised));
        Score last = null;
        for (NerSystem system : systems) {
            // Warm the JIT first, so that throughput compares steady states.
            score(system, documents.subList(0, Math.min(3, documents.size())), misc);
            last = score(system, documents, misc);
            out.printf(Locale.ROOT, "ner system=%s F1=%.3f P=%.3f R=%.3f n=%d tokens/s=%.0f%n",
                    system.name(), last.f1(), last.precision(), last.recall(), gold, tokens / last.seconds());
        }
        out.printf(Locale.ROOT, "ner F1=%.3f P=%.3f R=%.3f n=%d%n", last.f1(), last.precision(), last.recall(), gold);
    }

    record Score(int truePositives, int predicted, int gold, double seconds) {

        double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    static Score score(NerSystem system, List<EvalDocument> documents, boolean misc) {
        Set<String> types = misc ? Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC")
                : Set.of("PERSON", "ORGANIZATION", "LOCATION");
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        long nanos = 0;
        for (EvalDocument document : documents) {
            long start = System.nanoTime();
            List<NerSpan> spans = system.spans(document.text());
            nanos += System.nanoTime() - start;
            Set<NerSpan> found = new HashSet<>();
            for (NerSpan span : spans) {
                if (types.contains(span.type())) {
                    found.add(span);
                }
            }
            predicted += found.size();
            gold += document.gold().size();
            if (VERBOSE) {
                printErrors(system.name(), document, found);
            }
            found.retainAll(document.gold());
            tp += found.size();
        }
        return new Score(tp, predicted, gold, nanos / 1e9);
    }

    private static final boolean VERBOSE = Boolean.getBoolean("verbose");

    /** With -Dverbose=true: each span found but not in the gold (+) and each gold span missed (-). */
    private static void printErrors(String system, EvalDocument document, Set<NerSpan> found) {
        String text = document.text();
        for (NerSpan span : found) {
            if (!document.gold().contains(span)) {
                System.out.printf("%s + %s\t%s%n", system, span.type(), text.substring(span.start(), span.end()));
            }
        }
        for (NerSpan span : document.gold()) {
            if (!found.contains(span)) {
                System.out.printf("%s - %s\t%s%n", system, span.type(), text.substring(span.start(), span.end()));
            }
        }
    }

    private NerEvaluation() {
    }
}
