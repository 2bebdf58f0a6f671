package org.dossier.eval.resolve.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.dossier.resolve.block.Blocker;
import org.dossier.resolve.block.BlockingRule;
import org.dossier.resolve.record.Record;
import org.dossier.eval.resolve.match.ComparedPair;
import org.dossier.eval.resolve.match.Comparison;
import org.dossier.eval.resolve.match.MatchModel;

/**
 * Learns a {@link MatchModel} from the records alone, as Splink does. u comes from random pairs,
 * nearly all of which do not match. m comes from expectation-maximisation in sessions: each
 * session takes the pairs one training rule blocks together and learns the m of every comparison
 * except those on the rule's own fields (pairs chosen for sharing a surname say nothing about how
 * often matches share one); a comparison's m is the mean over the sessions that learnt it. Last,
 * with m and u fixed, the share of matches among the candidate pairs.
 */
public final class MatchTrainer {

    static final int EM_ROUNDS = 25;
    /** Pseudo-counts, so that a level never seen is rare, not impossible. */
    private static final double SMOOTHING = 1.0;
    private static final int MAX_BLOCK = 300;

    private MatchTrainer() {
    }

    /**
     * @param candidates the levels of the pairs to be scored, one array per pair
     * @param sessions the rules whose pairs m is learnt from
     * @param randomPairs how many random pairs estimate u
     * @param seed the random pairs' seed: the same input gives the same model
     */
    public static MatchModel train(List<Record> records, MatchModel untrained, List<ComparedPair> candidates,
                                   List<BlockingRule> sessions, int randomPairs, long seed) {
        List<Comparison> comparisons = untrained.comparisons();
        double[][] u = estimateU(records, comparisons, randomPairs, seed);
        double[][] mSum = new double[comparisons.size()][];
        int[] learnt = new int[comparisons.size()];
        for (BlockingRule session : sessions) {
            boolean[] used = new boolean[comparisons.size()];
            for (int c = 0; c < used.length; c++) {
                used[c] = !session.fields().contains(comparisons.get(c).name());
            }
            List<ComparedPair> pairs = compare(records, untrained, Blocker.pairs(records, List.of(session), MAX_BLOCK), used);
            MatchModel model = expectationMaximisation(untrained.with(initialM(comparisons), u, 0.1), pairs, true);
            for (int c = 0; c < used.length; c++) {
                if (used[c]) {
                    mSum[c] = mSum[c] == null ? model.m()[c].clone() : add(mSum[c], model.m()[c]);
                    learnt[c]++;
                }
            }
        }
        double[][] m = initialM(comparisons);
        for (int c = 0; c < m.length; c++) {
            if (learnt[c] > 0) {
                final int times = learnt[c];
                m[c] = Arrays.stream(mSum[c]).map(x -> x / times).toArray();
            }
        }
        return expectationMaximisation(untrained.with(m, u, 0.1), candidates, false);
    }

    static double[][] estimateU(List<Record> records, List<Comparison> comparisons, int pairs, long seed) {
        double[][] counts = counts(comparisons);
        Random random = new Random(seed);
        int n = records.size();
        for (int k = 0; k < pairs && n > 1; k++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n - 1);
            j = j >= i ? j + 1 : j;
            for (int c = 0; c < comparisons.size(); c++) {
                int level = comparisons.get(c).level(records.get(i), records.get(j));
                if (level != Comparison.MISSING) {
                    counts[c][level]++;
                }
            }
        }
        return normalised(counts);
    }

    /**
     * @param learnM whether m is learnt too, or only the share of matches
     */
    static MatchModel expectationMaximisation(MatchModel start, List<ComparedPair> pairs, boolean learnM) {
        List<Comparison> comparisons = start.comparisons();
        MatchModel model = start;
        for (int round = 0; round < EM_ROUNDS; round++) {
            double[][] expected = counts(comparisons);
            double matches = 0;
            for (ComparedPair pair : pairs) {
                int[] levels = pair.levels();
                double p = model.probability(pair);
                matches += p;
                for (int c = 0; c < levels.length; c++) {
                    if (levels[c] != Comparison.MISSING) {
                        expected[c][levels[c]] += p;
                    }
                }
            }
            double share = Math.min(0.999, Math.max(1e-6, matches / Math.max(1, pairs.size())));
            model = model.with(learnM ? normalised(expected) : model.m(), model.u(), share);
        }
        return model;
    }

    /** The pairs compared, the comparisons not used left out. */
    private static List<ComparedPair> compare(List<Record> records, MatchModel model, Blocker.Candidates candidates,
                                              boolean[] used) {
        List<ComparedPair> pairs = new ArrayList<>(candidates.pairs().length);
        for (long pair : candidates.pairs()) {
            pairs.add(model.compare(records.get(Blocker.Candidates.first(pair)),
                    records.get(Blocker.Candidates.second(pair)), used));
        }
        return pairs;
    }

    /** Before any evidence: matches mostly at the most alike level. */
    private static double[][] initialM(List<Comparison> comparisons) {
        double[][] m = new double[comparisons.size()][];
        for (int c = 0; c < m.length; c++) {
            int levels = comparisons.get(c).levels().size();
            m[c] = new double[levels];
            double rest = 1.0;
            for (int level = 0; level < levels - 1; level++) {
                m[c][level] = rest * 0.7;
                rest -= m[c][level];
            }
            m[c][levels - 1] = rest;
        }
        return m;
    }

    private static double[] add(double[] a, double[] b) {
        double[] sum = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    private static double[][] counts(List<Comparison> comparisons) {
        double[][] counts = new double[comparisons.size()][];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = new double[comparisons.get(c).levels().size()];
            Arrays.fill(counts[c], SMOOTHING);
        }
        return counts;
    }

    private static double[][] normalised(double[][] counts) {
        double[][] shares = new double[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            double total = Arrays.stream(counts[c]).sum();
            shares[c] = Arrays.stream(counts[c]).map(x -> x / total).toArray();
        }
        return shares;
    }
}
