package org.dossier.resolve.score;

import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dossier.resolve.block.Blocker;
import org.dossier.resolve.group.NameGroup;

/**
 * The score and context phases: each candidate pair is scored on its names by the
 * {@link NameComparator}, then moved by what surrounds the names (the {@link ContextEvidence}
 * kinds, their weights learnt from this corpus's sure pairs and random ones).
 *
 * @param scores each pair's score with its context
 * @param levels each pair's levels on the kinds of context, packed in a byte (see {@link #level}),
 *        or {@link #NONE} where the names decided alone: a byte a pair, for the millions of pairs
 *        of a large corpus
 * @param contexts the kinds of context, as learnt
 */
public record PairScores(double[] scores, byte[] levels, List<ContextEvidence> contexts) {

    private static final Logger log = LoggerFactory.getLogger(PairScores.class);

    /** The levels of a pair whose names decided alone. */
    static final byte NONE = (byte) 0xFF;

    /** Name scores outside this range are left as they are: no context is that strong. */
    private static final double UNDECIDED_FROM = 0.02;
    private static final double UNDECIDED_TO = 0.998;

    /** Names that could not be one entity's by their form score nothing: never merged, never asked. */
    public static double[] names(List<NameGroup> groups, long[] pairs, NameComparator comparator) {
        return names(groups, pairs, comparator, new double[pairs.length], new BitSet());
    }

    /**
     * As above, where the pairs in {@code known} already have their score in {@code scores} (a
     * pair of names that did not change since it was scored scores the same): only the others
     * are scored, into the same array, which is returned.
     */
    public static double[] names(List<NameGroup> groups, long[] pairs, NameComparator comparator, double[] scores,
                                 BitSet known) {
        return names(groups, pairs, comparator, scores, known, true);
    }

    /** As above, on this thread alone unless {@code parallel}: for parts that already run side by side. */
    public static double[] names(List<NameGroup> groups, long[] pairs, NameComparator comparator, double[] scores,
                                 BitSet known, boolean parallel) {
        IntStream indices = IntStream.range(0, pairs.length);
        (parallel ? indices.parallel() : indices).filter(k -> !known.get(k)).forEach(k -> {
            NameGroup a = groups.get(Blocker.Candidates.first(pairs[k]));
            NameGroup b = groups.get(Blocker.Candidates.second(pairs[k]));
            scores[k] = SameNameEvidence.plausible(a.name(), b.name()) ? comparator.compare(a.name(), b.name()).score() : 0;
        });
        return scores;
    }

    /**
     * The context phase's first half: the weights of the company names keep, as learnt from this
     * corpus with {@code sure} as the score from which a pair is taken as one entity's, and the
     * levels of the pairs not in {@code known} (two names whose documents did not change are at the
     * same levels), worked out into {@code levels}. The weights are learnt again each time, from
     * {@link LearningPairs}: they are the corpus's, whichever way it was read.
     *
     * @return the kinds of context, as learnt, for {@link #combine}
     */
    public static List<ContextEvidence> levels(List<NameGroup> groups, long[] pairs, double[] names, double sure,
                                               byte[] levels, BitSet known) {
        LearningPairs learning = LearningPairs.of(groups, pairs, names, sure);
        List<ContextEvidence> contexts = List.of(ContextEvidence.coMentions().learn(groups, learning),
                ContextEvidence.words().learn(groups, learning), ContextEvidence.time().learn(groups, learning));
        log.info("Context learnt from {} sure pairs and {} pairs at random: {}", learning.sure().length,
                learning.random().length, contexts.stream().map(ContextEvidence::toString).collect(Collectors.joining("; ")));
        IntStream.range(0, pairs.length).parallel().filter(k -> !known.get(k)).forEach(k -> {
            levels[k] = NONE;
            // Names all but certain either way keep their score: context could not move them across a band.
            if (names[k] >= UNDECIDED_FROM && names[k] <= UNDECIDED_TO) {
                NameGroup a = groups.get(Blocker.Candidates.first(pairs[k]));
                NameGroup b = groups.get(Blocker.Candidates.second(pairs[k]));
                int packed = 0;
                for (int c = 0; c < contexts.size(); c++) {
                    packed |= (contexts.get(c).level(a, b) + 1) << (2 * c);
                }
                levels[k] = (byte) packed;
            }
        });
        return contexts;
    }

    /**
     * The context phase's second half: each pair's name score moved by the weights of its levels,
     * into {@code into}, which may be {@code names} itself (a large corpus's pairs then need no
     * second array of scores).
     */
    public static PairScores combine(double[] names, byte[] levels, List<ContextEvidence> contexts, double[] into) {
        IntStream.range(0, names.length).parallel().forEach(k -> {
            double bits = 0;
            if (levels[k] != NONE) {
                for (int c = 0; c < contexts.size(); c++) {
                    bits += contexts.get(c).bits(level(levels[k], c));
                }
            }
            into[k] = ContextEvidence.combine(names[k], bits);
        });
        return new PairScores(into, levels, contexts);
    }

    /** What the context said of pair {@code k}, a line per kind. */
    public List<String> describe(int k) {
        return describe(contexts, levels[k]);
    }

    /**
     * What the context said of pair {@code k}, put into words when asked: it holds the pair's
     * levels alone, not the arrays of every pair (hundreds of megabytes for a large corpus, free
     * once the clusters are made).
     */
    public Supplier<List<String>> description(int k) {
        List<ContextEvidence> kinds = contexts;
        byte packed = levels[k];
        return () -> describe(kinds, packed);
    }

    private static List<String> describe(List<ContextEvidence> contexts, byte packed) {
        return IntStream.range(0, contexts.size()).mapToObj(c -> contexts.get(c).describe(level(packed, c))).toList();
    }

    /** Pair {@code k}'s level on context {@code c}: -1 (nothing to compare, or not asked) to 2. */
    int level(int k, int c) {
        return level(levels[k], c);
    }

    private static int level(byte packed, int c) {
        return packed == NONE ? -1 : ((packed >> (2 * c)) & 3) - 1;
    }
}
