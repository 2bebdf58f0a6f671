package org.dossier.resolve.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.normalize.NameKind;

/**
 * A surname standing alone in documents that never name its person in full ("Trump said")
 * stands for the person the corpus names with that surname far more than all others together;
 * when no one dominates so, it stays a name of its own. An analyst's "not same" holds.
 */
public final class LoneSurnames {

    /** The share of a surname's full-name mentions one person must have for the lone surname to be theirs. */
    static final double DOMINANT = 0.9;

    private LoneSurnames() {
    }

    public static void link(List<NameGroup> groups, Clusters clusters, Judgements judgements) {
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
            clusters.link(i, best.getKey(), judgements::notSame);
        }
    }
}
