package org.dossier.eval.resolve;

import java.util.HashMap;
import java.util.Map;

/**
 * How a clustering compares with the true one: pairwise (every pair of records put together,
 * right or wrong) and B-cubed (each record's cluster against its true cluster, averaged over
 * records, so large clusters do not swamp the score).
 */
public record ClusterScores(double pairPrecision, double pairRecall, double bcubedPrecision, double bcubedRecall,
                            int records) {

    public static <T> ClusterScores of(int[] predicted, T[] truth) {
        Map<Integer, Integer> predictedSizes = new HashMap<>();
        Map<T, Integer> trueSizes = new HashMap<>();
        Map<String, Integer> overlaps = new HashMap<>();
        for (int i = 0; i < predicted.length; i++) {
            predictedSizes.merge(predicted[i], 1, Integer::sum);
            trueSizes.merge(truth[i], 1, Integer::sum);
            overlaps.merge(predicted[i] + "\u0000" + truth[i], 1, Integer::sum);
        }
        double together = predictedSizes.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double trulyTogether = trueSizes.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double right = overlaps.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double precision = 0;
        double recall = 0;
        for (int i = 0; i < predicted.length; i++) {
            double overlap = overlaps.get(predicted[i] + "\u0000" + truth[i]);
            precision += overlap / predictedSizes.get(predicted[i]);
            recall += overlap / trueSizes.get(truth[i]);
        }
        int n = predicted.length;
        return new ClusterScores(together == 0 ? 1 : right / together, trulyTogether == 0 ? 1 : right / trulyTogether,
                n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n, n);
    }

    public double pairF1() {
        return f1(pairPrecision, pairRecall);
    }

    public double bcubedF1() {
        return f1(bcubedPrecision, bcubedRecall);
    }

    private static double pairs(double size) {
        return size * (size - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
