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
import org.dossier.resolve.score.ContextEvidence;
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
     * @param comparator what says what the names themselves say, when asked
     * @param context what their surroundings add, a line per kind
     */
    public record Candidate(long pair, NameGroup a, NameGroup b, double score, int sharedCoMentions,
                            NameComparator comparator, Supplier<List<String>> context) {

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
            return comparator.compare(a.name(), b.name());
        }

        /** The names' evidence, the context's, then where each name is mentioned: one line each. */
        public String explain() {
            StringBuilder out = new StringBuilder(evidence().explain());
            context.get().forEach(line -> out.append("\n").append(line));
            // Each name's preferred form worked out once, not once a sentence.
            String aName = a.contexts().isEmpty() ? null : a.preferredForm();
            a.contexts().forEach(sentence -> out.append("\n").append(aName).append(": ").append(sentence));
            String bName = b.contexts().isEmpty() ? null : b.preferredForm();
            b.contexts().forEach(sentence -> out.append("\n").append(bName).append(": ").append(sentence));
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

    /**
     * Candidate pairs scored on their names, in pair order: one part's, or every part's merged.
     *
     * @param known the pairs whose scores came from the last run
     * @param blockNanos time spent making the pairs
     * @param scoreNanos time spent scoring them
     */
    public record ScoredPairs(Blocker.Candidates candidates, double[] names, byte[] levels, BitSet known,
                              long blockNanos, long scoreNanos) {

        /** The same pairs, {@code nanos} spent making them (the blocks included). */
        public ScoredPairs withBlockNanos(long nanos) {
            return new ScoredPairs(candidates, names, levels, known, nanos, scoreNanos);
        }

        /**
         * The parts together, their pairs in order; each pair is one part's. The times are the
         * longest part's, the parts having run side by side. The parts are taken from
         * {@code parts}, which is left empty: each of their arrays is let go once merged, so that
         * a large corpus's pairs are not held twice over.
         */
        public static ScoredPairs merge(List<ScoredPairs> parts) {
            if (parts.size() == 1) {
                ScoredPairs only = parts.get(0);
                parts.clear();
                return only;
            }
            if (parts.size() > Byte.MAX_VALUE) {
                throw new IllegalArgumentException("at most " + Byte.MAX_VALUE + " parts, not " + parts.size());
            }
            int n = parts.size();
            long[][] pairsOf = new long[n][];
            double[][] namesOf = new double[n][];
            byte[][] levelsOf = new byte[n][];
            BitSet[] knownOf = new BitSet[n];
            List<Blocker.Candidates> counts = new ArrayList<>();
            long blockNanos = 0;
            long scoreNanos = 0;
            int total = 0;
            for (int p = 0; p < n; p++) {
                ScoredPairs part = parts.get(p);
                pairsOf[p] = part.candidates().pairs();
                namesOf[p] = part.names();
                levelsOf[p] = part.levels();
                knownOf[p] = part.known();
                counts.add(new Blocker.Candidates(new long[0], part.candidates().pairsByRule(),
                        part.candidates().oversizeBlocks()));
                blockNanos = Math.max(blockNanos, part.blockNanos());
                scoreNanos = Math.max(scoreNanos, part.scoreNanos());
                total += pairsOf[p].length;
            }
            parts.clear();
            byte[] from = new byte[total];
            long[] pairs = new long[total];
            BitSet known = new BitSet(total);
            int[] at = new int[n];
            for (int k = 0; k < total; k++) {
                int least = -1;
                for (int p = 0; p < n; p++) {
                    if (at[p] < pairsOf[p].length && (least < 0 || pairsOf[p][at[p]] < pairsOf[least][at[least]])) {
                        least = p;
                    }
                }
                from[k] = (byte) least;
                pairs[k] = pairsOf[least][at[least]];
                if (knownOf[least].get(at[least])) {
                    known.set(k);
                }
                at[least]++;
            }
            Arrays.fill(pairsOf, null);
            double[] names = new double[total];
            Arrays.fill(at, 0);
            for (int k = 0; k < total; k++) {
                names[k] = namesOf[from[k]][at[from[k]]++];
            }
            Arrays.fill(namesOf, null);
            byte[] levels = new byte[total];
            Arrays.fill(at, 0);
            for (int k = 0; k < total; k++) {
                levels[k] = levelsOf[from[k]][at[from[k]]++];
            }
            return new ScoredPairs(Blocker.Candidates.of(pairs, counts), names, levels, known, blockNanos, scoreNanos);
        }
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
        long start = System.nanoTime();
        Blocker.Blocks blocks = NameBlocking.blocks(groups, settings.maxBlock());
        long made = System.nanoTime() - start;
        ScoredPairs scored = score(groups, blocks, 0, 1, memory);
        return resolve(groups, judgements, definitions, scored.withBlockNanos(made + scored.blockNanos()), memory);
    }

    /**
     * The pairs of one part of the blocks, scored on their names: the block and score phases of
     * part {@code part} of {@code parts}, which run side by side (see {@link Blocker.Blocks#pairs}).
     */
    public ScoredPairs score(List<NameGroup> groups, Blocker.Blocks blocks, int part, int parts, ScoreMemory memory) {
        long start = System.nanoTime();
        Blocker.Candidates candidates = blocks.pairs(part, parts);
        long[] pairs = candidates.pairs();
        long blocked = System.nanoTime();
        double[] names = new double[pairs.length];
        byte[] levels = new byte[pairs.length];
        BitSet known = memory.recall(pairs, names, levels);
        // One part uses every core; parts side by side use one each.
        PairScores.names(groups, pairs, comparator, names, known, parts == 1);
        return new ScoredPairs(candidates, names, levels, known, blocked - start, System.nanoTime() - blocked);
    }

    /**
     * The phases after the names are scored: context, judgements, cluster (with the lone surnames),
     * on the pairs of every part. Once {@code memory} keeps them, {@code scored}'s name scores are
     * replaced by the scores in context: a large corpus's pairs are not held with two scores each.
     */
    public Resolution resolve(List<NameGroup> groups, List<Judgement> judgements, Map<String, String> definitions,
                              ScoredPairs scored, ScoreMemory memory) {
        Map<String, Long> phases = new LinkedHashMap<>();
        phases.put("block", scored.blockNanos());
        phases.put("score", scored.scoreNanos());
        long start = System.nanoTime();
        Blocker.Candidates candidates = scored.candidates();
        long[] pairs = candidates.pairs();
        double[] names = scored.names();
        byte[] levels = scored.levels();
        BitSet known = scored.known();

        List<ContextEvidence> contexts = PairScores.levels(groups, pairs, names, settings.merge(), levels, known);
        memory.keep(pairs, names, levels);
        // Once kept, each name score gives way to its pair's score with context, in the same array.
        PairScores scores = PairScores.combine(names, levels, contexts, names);
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
            review.add(new Candidate(pairs[k], a, b, scores.scores()[k], shared[r], comparator,
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
