package org.dossier.resolve.score;

import java.util.List;
import java.util.Random;
import java.util.Set;

import org.dossier.resolve.group.NameGroup;

/**
 * What the company a name keeps says about two names being one: two spellings of one person tend
 * to be mentioned alongside the same others. Learnt from the corpus at hand, as a Fellegi-Sunter
 * comparison: how often pairs the name comparator is sure of share 0, 1, or 2 or more co-mentioned
 * names (m), against random pairs of names (u). Its weight, log2(m/u) bits, is added to the name
 * score's log-odds. A name mentioned alone has no company: its pairs get no context weight.
 */
public final class ContextEvidence {

    public static final List<String> LEVELS = List.of("no co-mentioned name shared", "one co-mentioned name shared",
            "two or more co-mentioned names shared");
    private static final int RANDOM_PAIRS = 100_000;

    private final double[] bits;

    private ContextEvidence(double[] bits) {
        this.bits = bits;
    }

    /**
     * @param pairs candidate pairs as {@code i << 32 | j}, indices into {@code groups}
     * @param nameScores each pair's name score
     * @param sure the name score from which a pair counts as a match for learning
     */
    public static ContextEvidence learn(List<NameGroup> groups, long[] pairs, double[] nameScores, double sure,
                                        long seed) {
        double[] m = {1, 1, 1};
        double[] u = {1, 1, 1};
        // At most this many sure pairs teach m: enough for three shares, and quick on millions of pairs.
        int taught = 0;
        for (int k = 0; k < pairs.length && taught < RANDOM_PAIRS; k++) {
            if (nameScores[k] >= sure) {
                taught++;
                int level = level(groups.get((int) (pairs[k] >>> 32)), groups.get((int) pairs[k]));
                if (level >= 0) {
                    m[level]++;
                }
            }
        }
        Random random = new Random(seed);
        for (int n = 0; n < RANDOM_PAIRS && groups.size() > 1; n++) {
            int level = level(groups.get(random.nextInt(groups.size())), groups.get(random.nextInt(groups.size())));
            if (level >= 0) {
                u[level]++;
            }
        }
        double mTotal = m[0] + m[1] + m[2];
        double uTotal = u[0] + u[1] + u[2];
        double[] bits = new double[3];
        for (int level = 0; level < 3; level++) {
            bits[level] = Math.log((m[level] / mTotal) / (u[level] / uTotal)) / Math.log(2);
        }
        return new ContextEvidence(bits);
    }

    /** The pair's level: how many co-mentioned names they share (0, 1, 2 or more), or -1 when one has none. */
    public static int level(NameGroup a, NameGroup b) {
        Set<String> first = a.coMentioned();
        Set<String> second = b.coMentioned();
        if (first.isEmpty() || second.isEmpty()) {
            return -1;
        }
        Set<String> smaller = first.size() <= second.size() ? first : second;
        Set<String> larger = smaller == first ? second : first;
        int shared = 0;
        for (String name : smaller) {
            if (larger.contains(name) && ++shared == 2) {
                break;
            }
        }
        return shared;
    }

    /** The evidence of a level, in bits; none for a pair without company. */
    public double bits(int level) {
        return level < 0 ? 0 : bits[level];
    }

    /** The name score with the context's weight added to its log-odds. */
    public double combine(double nameScore, int level) {
        if (level < 0 || nameScore <= 0 || nameScore >= 1) {
            return nameScore;
        }
        double odds = nameScore / (1 - nameScore) * Math.pow(2, bits[level]);
        return odds / (1 + odds);
    }
}
