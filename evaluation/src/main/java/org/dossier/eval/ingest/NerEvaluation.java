package org.dossier.eval.ingest;

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
 * {@code dossier eval ner FILE|DIR}: precision, recall and F1 of Dossier's recogniser on CoNLL
 * files or a folder with a {@code docs.json} (GUM, re3d), exact span and type (conlleval's micro
 * average) and partial (same type, overlapping span: see {@link NerScore}), beside two CoreNLP
 * baselines run on the same texts in the same process: the 4-class CRF alone and Datashare's
 * configuration (see {@link NerSystem#datashare}). Sets without MISC (GUM, re3d) score PERSON,
 * ORGANIZATION and LOCATION only. The baselines come first; the last line is Dossier's score, the
 * line before it Dossier's on each half of the documents, split by the SHA-1 of their text.
 * {@code -Dverbose=true} lists each span of the tune half that is not an exact match; {@code -Dbaselines=false}
 * runs Dossier's alone.
 */
public final class NerEvaluation {

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.exists(Path.of(args[0]))) {
            System.err.println("usage: dossier eval ner FILE|DIR (CoNLL files, or a folder with a GUM or re3d docs.json)");
            System.exit(2);
        }
        Path path = Path.of(args[0]);
        boolean baselines = !"false".equals(System.getProperty("baselines"));
        List<EvalDocument> documents = NerGold.read(path);
        boolean misc = NerGold.hasMisc(path);
        boolean pretokenised = misc;   // CoNLL text is tokenised; docs.json's is running text
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
        NerScore last = null;
        for (NerSystem system : systems) {
            // Warm the JIT first, so that throughput compares steady states.
            score(system, documents.subList(0, Math.min(3, documents.size())), misc, false);
            long start = System.nanoTime();
            last = score(system, documents, misc, VERBOSE);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "ner system=%s %s tokens/s=%.0f%n", system.name(), figures(last), tokens / seconds);
        }
        // Halves by the SHA-1 of each document's text, as eval figures splits its cases: rules may be
        // shaped on the tune half's errors (the only ones -Dverbose=true prints), never on the measure half's.
        NerSystem dossier = systems.get(systems.size() - 1);
        List<EvalDocument> tune = documents.stream().filter(d -> FiguresEvaluation.isTuneCase(d.text())).toList();
        List<EvalDocument> measure = documents.stream().filter(d -> !FiguresEvaluation.isTuneCase(d.text())).toList();
        NerScore tuneScore = score(dossier, tune, misc, false);
        NerScore measureScore = score(dossier, measure, misc, false);
        out.printf(Locale.ROOT, "ner halves tune_F1=%.3f tune_P=%.3f measure_F1=%.3f measure_P=%.3f tune_n=%d measure_n=%d%n",
                tuneScore.f1(), tuneScore.precision(), measureScore.f1(), measureScore.precision(), tuneScore.gold(),
                measureScore.gold());
        out.printf(Locale.ROOT, "ner %s%n", figures(last));
    }

    private static String figures(NerScore score) {
        return String.format(Locale.ROOT, "F1=%.3f P=%.3f R=%.3f partial_F1=%.3f partial_P=%.3f partial_R=%.3f n=%d",
                score.f1(), score.precision(), score.recall(), score.partialF1(), score.partialPrecision(),
                score.partialRecall(), score.gold());
    }

    static NerScore score(NerSystem system, List<EvalDocument> documents, boolean misc, boolean verbose) {
        Set<String> types = misc ? Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC")
                : Set.of("PERSON", "ORGANIZATION", "LOCATION");
        NerScore score = new NerScore();
        for (EvalDocument document : documents) {
            Set<NerSpan> found = new HashSet<>();
            for (NerSpan span : system.spans(document.text())) {
                if (types.contains(span.type())) {
                    found.add(span);
                }
            }
            score.add(document.gold(), found);
            if (verbose && FiguresEvaluation.isTuneCase(document.text())) {
                printErrors(system.name(), document, found);
            }
        }
        return score;
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
