package org.dossier.eval.resolve.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.dossier.resolve.record.Record;

/**
 * A Fellegi-Sunter model: for each comparison level, how often it occurs among pairs that match
 * (m) and among pairs that do not (u). A level's weight is log2(m/u), the evidence it gives, in
 * bits; agreement on a value whose frequency is kept weighs log2(m / its share) instead, so a
 * rare shared surname says more than a common one. A pair's match weight is the sum of its
 * levels' weights and the prior's, and its probability follows. Missing values weigh nothing.
 *
 * @param comparisons what is compared
 * @param m per comparison, per level: the share of matching pairs at that level
 * @param u per comparison, per level: the share of non-matching pairs at that level
 * @param prior the share of matches among the pairs scored
 * @param frequencies how common values are, or null to weigh every agreement alike
 */
public record MatchModel(List<Comparison> comparisons, double[][] m, double[][] u, double prior,
                         TermFrequencies frequencies) {

    /** A model with these comparisons and no weights yet: it can compare, not score. */
    public static MatchModel untrained(List<Comparison> comparisons, TermFrequencies frequencies) {
        return new MatchModel(comparisons, null, null, 0, frequencies);
    }

    public MatchModel with(double[][] m, double[][] u, double prior) {
        return new MatchModel(comparisons, m, u, prior, frequencies);
    }

    public ComparedPair compare(Record a, Record b) {
        return compare(a, b, null);
    }

    /** Compares two records, leaving out the comparisons not {@code used} (all, when null). */
    public ComparedPair compare(Record a, Record b, boolean[] used) {
        int[] levels = new int[comparisons.size()];
        double[] rarity = new double[comparisons.size()];
        Arrays.fill(rarity, Double.NaN);
        for (int c = 0; c < levels.length; c++) {
            if (used != null && !used[c]) {
                levels[c] = Comparison.MISSING;
                continue;
            }
            Comparison comparison = comparisons.get(c);
            levels[c] = comparison.level(a, b);
            if (levels[c] == 0 && frequencies != null) {
                rarity[c] = frequencies.rarity(c, comparison.key(a));
            }
        }
        return new ComparedPair(levels, rarity);
    }

    /** The evidence of a comparison's level in a pair, in bits. */
    public double weight(int comparison, ComparedPair pair) {
        int level = pair.levels()[comparison];
        if (level == Comparison.MISSING) {
            return 0;
        }
        double rarity = pair.rarity()[comparison];
        // -log2(share) is log2(1/u) for this one value; never less than the level's own evidence of agreement.
        return Double.isNaN(rarity) ? log2(m[comparison][level] / u[comparison][level])
                : log2(m[comparison][level]) + rarity;
    }

    public double matchWeight(ComparedPair pair) {
        double weight = log2(prior / (1 - prior));
        for (int c = 0; c < comparisons.size(); c++) {
            weight += weight(c, pair);
        }
        return weight;
    }

    public double probability(ComparedPair pair) {
        double odds = Math.pow(2, matchWeight(pair));
        return Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
    }

    /** One line per comparison: its level and the evidence it gave, for an analyst. */
    public List<String> explain(ComparedPair pair) {
        List<String> lines = new ArrayList<>();
        for (int c = 0; c < comparisons.size(); c++) {
            Comparison comparison = comparisons.get(c);
            int level = pair.levels()[c];
            lines.add(String.format(Locale.ROOT, "%s: %s %+.1f", comparison.name(),
                    level == Comparison.MISSING ? "missing" : comparison.levels().get(level), weight(c, pair)));
        }
        return lines;
    }

    /** The weights of every level, for a report. */
    public String describe() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "prior %.5f%n", prior));
        for (int c = 0; c < comparisons.size(); c++) {
            Comparison comparison = comparisons.get(c);
            out.append(comparison.name()).append(':');
            for (int level = 0; level < comparison.levels().size(); level++) {
                out.append(String.format(Locale.ROOT, " [%s m=%.3f u=%.4f %+.1f]", comparison.levels().get(level),
                        m[c][level], u[c][level], log2(m[c][level] / u[c][level])));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
