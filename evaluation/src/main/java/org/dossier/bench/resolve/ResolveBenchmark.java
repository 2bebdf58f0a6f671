package org.dossier.bench.resolve;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dossier.bench.PeakHeap;
import org.dossier.resolve.NameResolver;
import org.dossier.eval.resolve.ClusterScores;
import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.group.NameGroups;
import org.dossier.resolve.mention.MentionView;
import org.dossier.resolve.score.NameComparator;
import org.dossier.resolve.score.NameModel;

/**
 * {@code dossier bench resolve}: resolves generated mentions ({@value #MENTIONS} by default,
 * {@code -Dmentions=N}) of made-up people and organisations (see {@link MentionGenerator}) and
 * prints mentions/s, the pairs scored, the time of each phase and the peak of the heap, then how
 * well the entities match the generated truth. The last line is
 * {@code bench resolve mentions/s=N pairs=N seconds=S peak_heap_mb=N f1=F} (F: pairwise F1).
 */
public final class ResolveBenchmark {

    static final int MENTIONS = 1_000_000;

    private ResolveBenchmark() {
    }

    public static void main(String[] args) {
        int mentions = Integer.getInteger("mentions", MENTIONS);
        Map<String, String> truth = new HashMap<>();
        MentionGenerator generator = new MentionGenerator(7, mentions / 20, mentions / 100);
        Map<String, List<MentionView>> documents = generator.generate(mentions, 12, truth);
        NameModel.standard();
        System.gc();
        PeakHeap.reset();
        System.out.printf(Locale.ROOT, "bench resolve: %d mentions in %d documents%n", mentions, documents.size());

        Map<String, Long> phases = new LinkedHashMap<>();
        long start = System.nanoTime();
        Map<String, String> keyOfMention = new HashMap<>();
        Map<String, String> definitions = new HashMap<>();
        List<NameGroup> groups = NameGroups.of(documents, keyOfMention, definitions);
        phases.put("group", System.nanoTime() - start);
        NameResolver resolver = new NameResolver(new NameComparator(NameModel.standard()), NameResolver.Settings.defaults());
        NameResolver.Resolution resolution = resolver.resolve(groups, List.of(), definitions);
        phases.putAll(resolution.phaseNanos());
        double seconds = (System.nanoTime() - start) / 1e9;
        // The generated mentions are in the heap before the run starts, and counted: they are what it reads.
        long heap = PeakHeap.megabytes();

        System.out.printf(Locale.ROOT, "names %d, entities %d, review %d%n", groups.size(),
                resolution.clusters().size(), resolution.review().size());
        phases.forEach((phase, nanos) -> System.out.printf(Locale.ROOT, "  %-8s %6.1f s%n", phase, nanos / 1e9));
        ClusterScores scores = quality(documents, keyOfMention, resolution, truth);
        System.out.printf(Locale.ROOT, "  against the generated truth: pairwise F1 %.3f (P %.3f R %.3f), B-cubed F1 %.3f%n",
                scores.pairF1(), scores.pairPrecision(), scores.pairRecall(), scores.bcubedF1());
        System.out.printf(Locale.ROOT, "bench resolve mentions/s=%.0f pairs=%d seconds=%.1f peak_heap_mb=%d f1=%.3f%n",
                mentions / seconds, resolution.pairsScored(), seconds, heap, scores.pairF1());
    }

    /** Pairwise and B-cubed F1 of the mentions' entities against the generated ones. */
    private static ClusterScores quality(Map<String, List<MentionView>> documents, Map<String, String> keyOfMention,
                                  NameResolver.Resolution resolution, Map<String, String> truth) {
        Map<String, Integer> entityOfKey = new HashMap<>();
        for (int c = 0; c < resolution.clusters().size(); c++) {
            for (NameGroup group : resolution.clusters().get(c)) {
                entityOfKey.put(group.key(), c);
            }
        }
        int n = truth.size();
        int[] predicted = new int[n];
        String[] actual = new String[n];
        int k = 0;
        for (List<MentionView> mentions : documents.values()) {
            for (MentionView mention : mentions) {
                predicted[k] = entityOfKey.get(keyOfMention.get(mention.id()));
                actual[k] = truth.get(mention.id());
                k++;
            }
        }
        return ClusterScores.of(predicted, actual);
    }
}
