package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.apache.commons.codec.language.DoubleMetaphone;

import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.NameKey;
import org.dossier.config.domain.Verdict;
import org.dossier.resolve.block.Blocker;
import org.dossier.resolve.block.BlockingRule;
import org.dossier.resolve.cluster.Clusters;
import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.normalize.NameKind;
import org.dossier.resolve.record.Record;
import org.dossier.resolve.score.ContextEvidence;
import org.dossier.resolve.score.NameComparator;
import org.dossier.resolve.score.NameComparison;
import org.dossier.resolve.score.SameNameEvidence;

/**
 * Resolves names across the corpus: blocks the name groups (sorted words, surname and initial,
 * how the surname sounds, acronyms), scores each candidate pair with the {@link NameComparator},
 * and clusters. Judgements come first: "same" links two names whatever their score, "not same"
 * keeps them apart whatever links them, and a judgement that contradicts the others is reported,
 * not applied. Pairs scoring at least {@code merge} are linked, strongest first, unless a pair
 * across the two clusters scores below {@code review}; pairs between {@code review} and
 * {@code merge} go to analysts, those that would move the most mentions first.
 */
public final class NameResolver {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    /** Name scores outside this range are left as they are: no context is that strong. */
    private static final double UNDECIDED_FROM = 0.02;
    private static final double UNDECIDED_TO = 0.998;
    /** The share of a surname's full-name mentions one person must have for the lone surname to be theirs. */
    private static final double DOMINANT = 0.9;

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
     * A pair for analysts: the two names, their score, and why.
     *
     * @param evidence what the names themselves say
     * @param context what their surroundings add, a line per kind
     */
    public record Candidate(NameGroup a, NameGroup b, double score, NameComparison evidence, int sharedCoMentions,
                            List<String> context) {

        /** How many mentions deciding it would move: what orders the queue. */
        public int value() {
            return a.mentions() + b.mentions();
        }

        /** The names' evidence, the context's, then where each name is mentioned: one line each. */
        public String explain() {
            StringBuilder out = new StringBuilder(evidence.explain());
            context.forEach(line -> out.append("\n").append(line));
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
     * @param oversizeBlocks the blocks left out for being larger than {@code maxBlock}, their
     *        members as indices into the groups resolved
     * @param uncompared how many names had no pair to score because their blocks were left out
     * @param phaseNanos time per phase: block, score, context, cluster
     */
    public record Resolution(List<List<NameGroup>> clusters, List<Candidate> review, List<Judgement> contradictions,
                             long pairsScored, List<Blocker.OversizeBlock> oversizeBlocks, int uncompared,
                             Map<String, Long> phaseNanos) {
    }

    private final NameComparator comparator;
    private final Settings settings;

    public NameResolver(NameComparator comparator, Settings settings) {
        this.comparator = comparator;
        this.settings = settings;
    }

    /**
     * @param definitions short forms that documents define ("(Interpol)"), with their full names'
     *        keys: linked like a "same" judgement, unless an analyst said "not same"
     */
    public Resolution resolve(List<NameGroup> groups, List<Judgement> judgements, Map<String, String> definitions) {
        Map<String, Long> phases = new LinkedHashMap<>();
        long start = System.nanoTime();
        List<Record> records = groups.stream().map(NameResolver::record).toList();
        Blocker.Candidates candidates = Blocker.pairs(records, rules(), settings.maxBlock());
        phases.put("block", System.nanoTime() - start);

        start = System.nanoTime();
        long[] pairs = candidates.pairs();
        double[] scores = new double[pairs.length];
        IntStream.range(0, pairs.length).parallel().forEach(k -> {
            NameGroup a = groups.get(Blocker.Candidates.first(pairs[k]));
            NameGroup b = groups.get(Blocker.Candidates.second(pairs[k]));
            // Names that could not be one entity's by their form score nothing: never merged, never asked.
            scores[k] = SameNameEvidence.plausible(a.name(), b.name()) ? comparator.compare(a.name(), b.name()).score() : 0;
        });
        phases.put("score", System.nanoTime() - start);

        // The company names keep weighs in, as learnt from this corpus.
        start = System.nanoTime();
        double[] nameScores = scores.clone();
        List<ContextEvidence> contexts = List.of(
                ContextEvidence.coMentions().learn(groups, pairs, nameScores, settings.merge(), 11),
                ContextEvidence.words().learn(groups, pairs, nameScores, settings.merge(), 13),
                ContextEvidence.time().learn(groups, pairs, nameScores, settings.merge(), 17));
        int[][] levels = new int[pairs.length][];
        IntStream.range(0, pairs.length).parallel().forEach(k -> {
            NameGroup a = groups.get(Blocker.Candidates.first(pairs[k]));
            NameGroup b = groups.get(Blocker.Candidates.second(pairs[k]));
            double bits = 0;
            // Names all but certain either way keep their score: context could not move them across a band.
            if (nameScores[k] >= UNDECIDED_FROM && nameScores[k] <= UNDECIDED_TO) {
                levels[k] = new int[contexts.size()];
                for (int c = 0; c < contexts.size(); c++) {
                    levels[k][c] = contexts.get(c).level(a, b);
                    bits += contexts.get(c).bits(levels[k][c]);
                }
            }
            scores[k] = ContextEvidence.combine(nameScores[k], bits);
        });
        phases.put("context", System.nanoTime() - start);

        start = System.nanoTime();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            index.put(groups.get(i).key(), i);
        }
        Map<String, Verdict> decided = new HashMap<>();
        judgements.forEach(j -> decided.put(j.pair(), j.verdict()));
        Clusters clusters = new Clusters(groups.size());
        List<Judgement> contradictions = new ArrayList<>();
        // Two names are kept apart by an analyst's "not same", or by a comparison that found them unlike.
        BiPredicate<Integer, Integer> apart = (i, j) -> {
            if (decided.get(Judgement.pair(groups.get(i).key(), groups.get(j).key())) == Verdict.NOT_SAME) {
                return true;
            }
            // The pairs are sorted: a pair's score is found by binary search.
            int k = Arrays.binarySearch(pairs, (long) Math.min(i, j) << 32 | Math.max(i, j));
            return k >= 0 && scores[k] < settings.apart()
                    && decided.get(Judgement.pair(groups.get(i).key(), groups.get(j).key())) != Verdict.SAME;
        };
        for (Judgement judgement : judgements) {
            Integer a = index.get(judgement.keyA());
            Integer b = index.get(judgement.keyB());
            if (judgement.verdict() == Verdict.SAME && a != null && b != null
                    && !clusters.link(a, b, (i, j) -> decided.get(Judgement.pair(groups.get(i).key(),
                            groups.get(j).key())) == Verdict.NOT_SAME)) {
                contradictions.add(judgement);
            }
        }
        definitions.forEach((shortForm, fullForm) -> {
            Integer a = index.get(shortForm);
            Integer b = index.get(fullForm);
            if (a != null && b != null && decided.get(Judgement.pair(shortForm, fullForm)) != Verdict.NOT_SAME
                    && !usedOtherwise(groups.get(a), groups.get(b))) {
                clusters.link(a, b, (i, j) -> decided.get(Judgement.pair(groups.get(i).key(),
                        groups.get(j).key())) == Verdict.NOT_SAME);
            }
        });
        // Strongest first: each pair's index under its score's bits (a positive float's bits sort as the float).
        long[] order = new long[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            order[k] = (long) Float.floatToIntBits((float) scores[k]) << 32 | k;
        }
        Arrays.sort(order);
        List<Candidate> review = new ArrayList<>();
        for (int o = order.length - 1; o >= 0; o--) {
            int k = (int) order[o];
            if (scores[k] < settings.review()) {
                break;
            }
            int i = Blocker.Candidates.first(pairs[k]);
            int j = Blocker.Candidates.second(pairs[k]);
            Verdict verdict = decided.get(Judgement.pair(groups.get(i).key(), groups.get(j).key()));
            if (verdict != null || otherExpansion(definitions, groups.get(i).key(), groups.get(j).key())) {
                continue;
            }
            if (scores[k] >= settings.merge()) {
                clusters.link(i, j, apart);
            } else if (clusters.find(i) != clusters.find(j)) {
                NameGroup a = groups.get(i);
                NameGroup b = groups.get(j);
                int shared = (int) a.coMentioned().stream().filter(b.coMentioned()::contains).count();
                List<String> context = new ArrayList<>();
                for (int c = 0; c < contexts.size(); c++) {
                    context.add(contexts.get(c).describe(levels[k] == null ? -1 : levels[k][c]));
                }
                review.add(new Candidate(a, b, scores[k], comparator.compare(a.name(), b.name()), shared, context));
            }
        }
        linkLoneSurnames(groups, clusters, decided);
        review.sort(Comparator.comparingInt(Candidate::value).reversed()
                .thenComparing(Candidate::score, Comparator.reverseOrder()));
        Map<Integer, List<NameGroup>> byCluster = new LinkedHashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            byCluster.computeIfAbsent(clusters.find(i), c -> new ArrayList<>()).add(groups.get(i));
        }
        phases.put("cluster", System.nanoTime() - start);
        return new Resolution(new ArrayList<>(byCluster.values()), review, contradictions, pairs.length,
                candidates.oversizeBlocks(), uncompared(candidates), phases);
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

    /**
     * A surname standing alone in documents that never name its person in full ("Trump said")
     * stands for the person the corpus names with that surname far more than all others together;
     * when no one dominates so, it stays a name of its own. An analyst's "not same" holds.
     */
    private static void linkLoneSurnames(List<NameGroup> groups, Clusters clusters, Map<String, Verdict> decided) {
        Map<Integer, Integer> clusterSizes = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            clusterSizes.merge(clusters.find(i), 1, Integer::sum);
        }
        // Per surname, the mentions of each cluster's full names that end with it.
        Map<String, Map<Integer, Integer>> bySurname = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            List<String> words = groups.get(i).name().tokens();
            if (groups.get(i).name().kind() == NameKind.PERSON && words.size() > 1) {
                bySurname.computeIfAbsent(words.get(words.size() - 1), w -> new HashMap<>())
                        .merge(clusters.find(i), groups.get(i).mentions(), Integer::sum);
            }
        }
        for (int i = 0; i < groups.size(); i++) {
            NameGroup lone = groups.get(i);
            if (lone.name().kind() != NameKind.PERSON || lone.name().tokens().size() != 1
                    || clusterSizes.get(clusters.find(i)) != 1) {
                continue;
            }
            Map<Integer, Integer> bearers = bySurname.getOrDefault(lone.name().tokens().get(0), Map.of());
            int total = bearers.values().stream().mapToInt(Integer::intValue).sum();
            Map.Entry<Integer, Integer> best = bearers.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
            if (best == null || best.getValue() < DOMINANT * total || best.getValue() <= lone.mentions()) {
                continue;
            }
            // A cluster is named by one of its records: linking to it links to the whole cluster.
            clusters.link(i, best.getKey(), (a, b) -> decided.get(Judgement.pair(groups.get(a).key(),
                    groups.get(b).key())) == Verdict.NOT_SAME);
        }
    }

    /**
     * Whether a short form is used in many more documents than the full name one of them spells
     * it out as ("UTC" in forty articles, "Union Transfer and Cargo Corporation (UTC)" in one):
     * then it mostly names something else, and the definition holds only where it is made.
     */
    private static boolean usedOtherwise(NameGroup shortForm, NameGroup fullForm) {
        return shortForm.documents().size() > 2 * fullForm.documents().size() + 2;
    }

    /** A short form a document spells out ("(OFAC)") stands for that full name, not for another that fits its letters. */
    private static boolean otherExpansion(Map<String, String> definitions, String a, String b) {
        String fullOfA = definitions.get(a);
        String fullOfB = definitions.get(b);
        return fullOfA != null && !fullOfA.equals(b) || fullOfB != null && !fullOfB.equals(a);
    }

    /** The fields the blocking rules read: the words sorted, the surname and initial, their sound, the acronym. */
    private static Record record(NameGroup group) {
        List<String> words = group.name().tokens();
        Map<String, String> fields = new HashMap<>();
        String type = NameKey.type(group.key());
        fields.put("type", type);
        if (!words.isEmpty()) {
            String last = words.get(words.size() - 1);
            fields.put("sorted", String.join(" ", words.stream().sorted().toList()));
            fields.put("surname", last + " " + words.get(0).charAt(0));
            fields.put("sound", METAPHONE.doubleMetaphone(last) + " " + words.get(0).charAt(0));
            fields.put("acronym", acronym(group));
        }
        return new Record(group.key(), fields);
    }

    /** An organisation's initials, or its one word: "International Criminal Police Organization" and "ICPO" meet. */
    private static String acronym(NameGroup group) {
        List<String> words = group.name().tokens();
        if (group.name().kind() != NameKind.ORGANIZATION) {
            return null;
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        StringBuilder initials = new StringBuilder();
        words.stream().filter(w -> !List.of("of", "the", "and", "for").contains(w)).forEach(w -> initials.append(w.charAt(0)));
        return initials.toString();
    }

    private static List<BlockingRule> rules() {
        Function<String, BlockingRule> on = field -> BlockingRule.on("type", field);
        return List.of(on.apply("sorted"), on.apply("surname"), on.apply("sound"), on.apply("acronym"));
    }
}
