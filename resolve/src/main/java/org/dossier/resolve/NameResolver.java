package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.dossier.config.domain.Judgement;
import org.dossier.resolve.block.Blocker;
import org.dossier.resolve.block.NameBlocking;
import org.dossier.resolve.cluster.Clusters;
import org.dossier.resolve.cluster.Judgements;
import org.dossier.resolve.cluster.LoneSurnames;
import org.dossier.resolve.cluster.PairLinking;
import org.dossier.resolve.group.IdSet;
import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.score.NameComparator;
import org.dossier.resolve.score.NameComparison;
import org.dossier.resolve.score.PairScores;
import org.dossier.resolve.score.ScoreMemory;

/**
 * Resolves names across the corpus, phase by phase: blocks the name groups
 * ({@link NameBlocking}), scores each candidate pair on its names and then its context
 * ({@link PairScores}), applies the analysts' judgements and the short forms documents define
 * ({@link Judgements}), and clusters, strongest pair first ({@link PairLinking}, then
 * {@link LoneSurnames}). Pairs between {@code review} and {@code merge} go to analysts, those
 * that would move the most mentions first.
 */
public final class NameResolver {

    /**
     * @param merge a pair scoring at least this is the same
     * @param review a pair scoring at least this, and less than {@code merge}, goes to analysts
     * @param apart a pair scoring less than this keeps the two names' clusters apart
     * @param maxBlock blocks larger than this are left out
     */
    public record Settings(double merge, double review, double apart, int maxBlock) {

        /**
         * Only pairs whose names could be one entity's by their form are scored at all, so the
         * queue can reach far down: a nickname ("Doug", "Douglas") scores low on spelling alone.
         */
        public static Settings defaults() {
            return new Settings(0.9, 0.2, 0.5, 500);
        }
    }

    /**
     * A pair for analysts: the two names, their score, and why. The why is put into words only
     * when asked: a large corpus has hundreds of thousands of candidates.
     *
     * @param pair the two names as indices among the names resolved (see {@link Blocker.Candidates#first})
     * @param names what the names themselves say
     * @param context what their surroundings add, a line per kind
     */
    public record Candidate(long pair, NameGroup a, NameGroup b, double score, int sharedCoMentions,
                            Supplier<NameComparison> names, Supplier<List<String>> context) {

        /** The index of name {@code a} among the names resolved. */
        public int first() {
            return Blocker.Candidates.first(pair);
        }

        /** The index of name {@code b}. */
        public int second() {
            return Blocker.Candidates.second(pair);
        }

        /** How many mentions deciding it would move: what orders the queue. */
        public int value() {
            return a.mentions() + b.mentions();
        }

        /** What the names themselves say. */
        public NameComparison evidence() {
            return names.get();
        }

        /** The names' evidence, the context's, then where each name is mentioned: one line each. */
        public String explain() {
            StringBuilder out = new StringBuilder(evidence().explain());
            context.get().forEach(line -> out.append("\n").append(line));
            a.contexts().forEach(sentence -> out.append("\n").append(a.preferredForm()).append(": ").append(sentence));
            b.contexts().forEach(sentence -> out.append("\n").append(b.preferredForm()).append(": ").append(sentence));
            return out.toString();
        }
    }

    /**
     * @param clusters the groups of each entity
     * @param review the pairs for analysts, most valuable first
     * @param contradictions judgements not applied because others contradict them
     * @param pairsScored how many candidate pairs were scored
     * @param pairsRecalled how many of them had their scores from the last run (see {@link ScoreMemory})
     * @param oversizeBlocks the blocks left out for being larger than {@code maxBlock}, their
     *        members as indices into the groups resolved
     * @param uncompared how many names had no pair to score because their blocks were left out
     * @param phaseNanos time per phase: block, score, context, cluster
     */
    public record Resolution(List<List<NameGroup>> clusters, List<Candidate> review, List<Judgement> contradictions,
                             long pairsScored, long pairsRecalled, List<Blocker.OversizeBlock> oversizeBlocks, int uncompared,
                             Map<String, Long> phaseNanos) {
    }

    private final NameComparator comparator;
    private final Settings settings;

    public NameResolver(NameComparator comparator, Settings settings) {
        this.comparator = comparator;
        this.settings = settings;
    }

    /**
     * The phases in turn: block, score, context, judgements, cluster (with the lone surnames).
     *
     * @param definitions short forms that documents define ("(Interpol)"), with their full names'
     *        keys: linked like a "same" judgement, unless an analyst said "not same"
     */
    public Resolution resolve(List<NameGroup> groups, List<Judgement> judgements, Map<String, String> definitions) {
        return resolve(groups, judgements, definitions, ScoreMemory.NONE);
    }

    /**
     * As above, the pairs scored before and unchanged since taking their scores from
     * {@code memory}, which keeps this run's for the next.
     */
    public Resolution resolve(List<NameGroup> groups, List<Judgement> judgements, Map<String, String> definitions,
                              ScoreMemory memory) {
        Map<String, Long> phases = new LinkedHashMap<>();
        long start = System.nanoTime();
        Blocker.Candidates candidates = NameBlocking.candidates(groups, settings.maxBlock());
        long[] pairs = candidates.pairs();
        start = lap(phases, "block", start);

        double[] names = new double[pairs.length];
        byte[] levels = new byte[pairs.length];
        BitSet known = memory.recall(pairs, names, levels);
        PairScores.names(groups, pairs, comparator, names, known);
        start = lap(phases, "score", start);

        PairScores scores = PairScores.withContext(groups, pairs, names, settings.merge(), levels, known);
        memory.keep(pairs, names, levels);
        start = lap(phases, "context", start);

        Clusters clusters = new Clusters(groups.size());
        Judgements decided = new Judgements(groups, judgements);
        List<Judgement> contradictions = decided.linkSame(clusters, judgements);
        decided.linkDefinitions(clusters, definitions);
        start = lap(phases, "judgements", start);

        List<Integer> forReview = PairLinking.link(groups, clusters, pairs, scores.scores(), settings.merge(),
                settings.review(), settings.apart(), decided, definitions);
        int[] shared = sharedCoMentions(groups, pairs, forReview, memory);
        List<Candidate> review = new ArrayList<>(forReview.size());
        for (int r = 0; r < forReview.size(); r++) {
            int k = forReview.get(r);
            NameGroup a = groups.get(Blocker.Candidates.first(pairs[k]));
            NameGroup b = groups.get(Blocker.Candidates.second(pairs[k]));
            review.add(new Candidate(pairs[k], a, b, scores.scores()[k], shared[r], () -> comparator.compare(a.name(), b.name()),
                    scores.description(k)));
        }
        LoneSurnames.link(groups, clusters, decided);
        review.sort(Comparator.comparingInt(Candidate::value).reversed()
                .thenComparing(Candidate::score, Comparator.reverseOrder()));
        Map<Integer, List<NameGroup>> byCluster = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            byCluster.computeIfAbsent(clusters.find(i), c -> new ArrayList<>()).add(groups.get(i));
        }
        lap(phases, "cluster", start);
        return new Resolution(new ArrayList<>(byCluster.values()), review, contradictions, pairs.length, known.cardinality(),
                candidates.oversizeBlocks(), uncompared(candidates), phases);
    }

    /**
     * How many co-mentioned names the two names of each pair for review share, side by side and
     * in the pairs' order, in which pairs with the same first name come together: a name's
     * co-mentioned names are worked out when asked for, once for a run of its pairs. Those the
     * last run counted, their names unchanged, come from {@code memory}, which keeps them all for
     * the next run.
     */
    static int[] sharedCoMentions(List<NameGroup> groups, long[] pairs, List<Integer> forReview, ScoreMemory memory) {
        int[] shared = new int[forReview.size()];
        BitSet known = memory.recallShared(pairs, forReview, shared);
        Integer[] inPairOrder = IntStream.range(0, forReview.size()).filter(r -> !known.get(r)).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(inPairOrder, Comparator.comparingInt(forReview::get));
        IntStream.range(0, inPairOrder.length).parallel().forEach(n -> {
            int r = inPairOrder[n];
            long pair = pairs[forReview.get(r)];
            shared[r] = IdSet.shared(groups.get(Blocker.Candidates.first(pair)).coMentioned(),
                    groups.get(Blocker.Candidates.second(pair)).coMentioned(), Integer.MAX_VALUE);
        });
        memory.keepShared(pairs, forReview, shared);
        return shared;
    }

    private static long lap(Map<String, Long> phases, String phase, long start) {
        long now = System.nanoTime();
        phases.put(phase, now - start);
        return now;
    }

    /** The names of oversize blocks that no other rule paired with anything. */
    private static int uncompared(Blocker.Candidates candidates) {
        BitSet paired = new BitSet();
        for (long pair : candidates.pairs()) {
            paired.set(Blocker.Candidates.first(pair));
            paired.set(Blocker.Candidates.second(pair));
        }
        BitSet left = new BitSet();
        candidates.oversizeBlocks().forEach(block -> block.members().stream().filter(i -> !paired.get(i)).forEach(left::set));
        return left.cardinality();
    }
}
