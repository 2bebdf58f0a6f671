package org.dossier.eval.resolve;

/** Pairwise decisions against the truth: "the same" said or not, and whether it was so. */
final class PairCounts {

    private long truePositives;
    private long predicted;
    private long actual;
    private long n;

    void add(boolean same, boolean reallySame) {
        n++;
        predicted += same ? 1 : 0;
        actual += reallySame ? 1 : 0;
        truePositives += same && reallySame ? 1 : 0;
    }

    /** Adds another set of decisions to these. */
    void add(PairCounts other) {
        n += other.n;
        predicted += other.predicted;
        actual += other.actual;
        truePositives += other.truePositives;
    }

    /** How many pairs were decided. */
    long n() {
        return n;
    }

    /** How many pairs are truly the same. */
    long actual() {
        return actual;
    }

    double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    double recall() {
        return actual == 0 ? 0 : (double) truePositives / actual;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
