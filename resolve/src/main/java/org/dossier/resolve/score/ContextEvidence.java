package org.dossier.resolve.score;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntBiFunction;
import java.util.stream.IntStream;

import org.dossier.resolve.group.IdSet;
import org.dossier.resolve.group.NameGroup;

/**
 * What a name's surroundings say about two names being one: two spellings of one person tend to
 * be mentioned alongside the same others ({@link #coMentions()}), in sentences about the same
 * things ({@link #words()}) and at the same time ({@link #time()}). Learnt from the corpus at hand,
 * as a Fellegi-Sunter comparison of three levels: how often pairs the name comparator is sure of
 * are at each level (m), against random pairs of names (u). A level's weight, log2(m/u) bits, is
 * added to the name score's log-odds. A name without surroundings (mentioned alone, no sentence,
 * no date) gets no weight.
 */
public final class ContextEvidence {

    private static final List<String> SHARED = List.of("none shared", "one shared", "two or more shared");
    private static final Duration YEAR = Duration.ofDays(365);

    private final String what;
    private final List<String> levels;
    private final ToIntBiFunction<NameGroup, NameGroup> level;
    private final double[] bits = new double[3];

    private ContextEvidence(String what, List<String> levels, ToIntBiFunction<NameGroup, NameGroup> level) {
        this.what = what;
        this.levels = levels;
        this.level = level;
    }

    /** The names mentioned in the same documents. */
    public static ContextEvidence coMentions() {
        return new ContextEvidence("co-mentioned names", SHARED, (a, b) -> shared(a.coMentioned(), b.coMentioned()));
    }

    /** The words of the sentences a name is mentioned in. */
    public static ContextEvidence words() {
        return new ContextEvidence("words around", SHARED, (a, b) -> shared(a.contextWords(), b.contextWords()));
    }

    /** When the names were mentioned: in the same period, within a year of each other, or years apart. */
    public static ContextEvidence time() {
        return new ContextEvidence("time", List.of("same period", "within a year", "years apart"), (a, b) -> {
            if (a.firstSeen() == null || b.firstSeen() == null) {
                return -1;
            }
            boolean overlap = !a.firstSeen().isAfter(b.lastSeen()) && !b.firstSeen().isAfter(a.lastSeen());
            if (overlap) {
                return 0;
            }
            Instant gapFrom = a.lastSeen().isBefore(b.firstSeen()) ? a.lastSeen() : b.lastSeen();
            Instant gapTo = a.lastSeen().isBefore(b.firstSeen()) ? b.firstSeen() : a.firstSeen();
            return Duration.between(gapFrom, gapTo).compareTo(YEAR) <= 0 ? 1 : 2;
        });
    }

    public String what() {
        return what;
    }

    /**
     * Learns the weights of the levels from {@code pairs}: how often its sure pairs are at each
     * level (m), against its random ones (u).
     */
    public ContextEvidence learn(List<NameGroup> groups, LearningPairs pairs) {
        double[] m = counts(groups, pairs.sure());
        double[] u = counts(groups, pairs.random());
        double mTotal = m[0] + m[1] + m[2];
        double uTotal = u[0] + u[1] + u[2];
        for (int level = 0; level < 3; level++) {
            bits[level] = Math.log((m[level] / mTotal) / (u[level] / uTotal)) / Math.log(2);
        }
        return this;
    }

    /** How many of {@code pairs} are at each level, each count from one (no level is never seen). */
    private double[] counts(List<NameGroup> groups, long[] pairs) {
        int[] levels = IntStream.range(0, pairs.length).parallel()
                .map(k -> level(groups.get((int) (pairs[k] >>> 32)), groups.get((int) pairs[k]))).toArray();
        double[] counts = {1, 1, 1};
        for (int level : levels) {
            if (level >= 0) {
                counts[level]++;
            }
        }
        return counts;
    }

    /** The pair's level, 0 to 2, or -1 when one of them has nothing to compare. */
    public int level(NameGroup a, NameGroup b) {
        return level.applyAsInt(a, b);
    }

    /** How many of two sets' elements are shared: 0, 1, 2 or more; -1 when one is empty. */
    private static int shared(Set<String> first, Set<String> second) {
        // A name's co-mentioned names are worked out when asked for: here only walked, up to two shared.
        if (first instanceof IdSet a && second instanceof IdSet b && a.numberedLike(b)) {
            return a.isEmpty() || b.isEmpty() ? -1 : IdSet.shared(a, b, 2);
        }
        if (first.isEmpty() || second.isEmpty()) {
            return -1;
        }
        return IdSet.shared(first, second, 2);
    }

    /** The evidence of a level, in bits; none for a pair without company. */
    public double bits(int level) {
        return level < 0 ? 0 : bits[level];
    }

    /** A score with this many bits added to its log-odds. */
    public static double combine(double score, double bits) {
        if (bits == 0 || score <= 0 || score >= 1) {
            return score;
        }
        double odds = score / (1 - score) * Math.pow(2, bits);
        return odds / (1 + odds);
    }

    /** The weights, for the log: "co-mentioned names: none shared -0.50, one shared +1.20, two or more shared +3.10 bits". */
    @Override
    public String toString() {
        return what + ": " + String.join(", ", IntStream.range(0, 3)
                .mapToObj(l -> String.format(Locale.ROOT, "%s %+.2f", levels.get(l), bits[l])).toList()) + " bits";
    }

    /** What a level says, for analysts: "words around: two or more shared, +2.10 bits". */
    public String describe(int level) {
        String found = level < 0 ? "nothing to compare" : levels.get(level);
        return String.format(Locale.ROOT, "%s: %s, %+.2f bits", what, found, bits(level));
    }
}
