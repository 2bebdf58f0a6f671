package org.dossier.eval.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dossier.ingest.nlp.NerSpan;

/**
 * Precision, recall and F1 of entity spans, micro-averaged over documents, two ways. Exact:
 * same boundaries and type (conlleval). Partial: same type and overlapping boundaries, SemEval-2013
 * task 9.1's "type" criterion (MUC's TYPE), each gold and each predicted span matched at most once,
 * exact matches first, then the widest overlap. Partial matters where gold spans are whole noun
 * phrases ("President Bashar al-Assad's forces") and a tagger finds the name in them.
 */
final class NerScore {

    private int predicted;
    private int gold;
    private int exact;
    private int partial;

    /** Adds one document's spans; returns how many of {@code predicted} match a gold span partially. */
    int add(Set<NerSpan> goldSpans, Set<NerSpan> predictedSpans) {
        predicted += predictedSpans.size();
        gold += goldSpans.size();
        Set<NerSpan> same = new HashSet<>(predictedSpans);
        same.retainAll(goldSpans);
        exact += same.size();
        int matched = overlapping(goldSpans, predictedSpans);
        partial += matched;
        return matched;
    }

    /** The size of a one-to-one matching of spans of the same type that overlap, exact pairs first. */
    static int overlapping(Set<NerSpan> goldSpans, Set<NerSpan> predictedSpans) {
        List<NerSpan[]> pairs = new ArrayList<>();
        for (NerSpan p : predictedSpans) {
            for (NerSpan g : goldSpans) {
                if (p.type().equals(g.type()) && overlap(p, g) > 0) {
                    pairs.add(new NerSpan[] {p, g});
                }
            }
        }
        pairs.sort(Comparator.<NerSpan[]>comparingInt(pair -> pair[0].equals(pair[1]) ? 0 : 1)
                .thenComparing(pair -> -overlap(pair[0], pair[1])));
        Set<NerSpan> usedPredicted = new HashSet<>();
        Set<NerSpan> usedGold = new HashSet<>();
        for (NerSpan[] pair : pairs) {
            if (!usedPredicted.contains(pair[0]) && !usedGold.contains(pair[1])) {
                usedPredicted.add(pair[0]);
                usedGold.add(pair[1]);
            }
        }
        return usedPredicted.size();
    }

    private static int overlap(NerSpan a, NerSpan b) {
        return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
    }

    int gold() {
        return gold;
    }

    double precision() {
        return ratio(exact, predicted);
    }

    double recall() {
        return ratio(exact, gold);
    }

    double f1() {
        return f1(precision(), recall());
    }

    double partialPrecision() {
        return ratio(partial, predicted);
    }

    double partialRecall() {
        return ratio(partial, gold);
    }

    double partialF1() {
        return f1(partialPrecision(), partialRecall());
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
