package org.dossier.resolve.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import org.dossier.config.domain.Verdict;
import org.dossier.resolve.block.Blocker;
import org.dossier.resolve.group.NameGroup;

/**
 * The cluster phase: pairs scoring at least {@code merge} are linked, strongest first, unless a
 * pair across the two clusters scores below {@code apart} or an analyst said "not same"; pairs
 * between {@code review} and {@code merge} whose names are still apart when their turn comes
 * are kept for analysts. Pairs analysts decided, and short forms a document spells out as
 * another name, are left to the judgements phase.
 */
public final class PairLinking {

    private PairLinking() {
    }

    /** @return the indices of the pairs for analysts, strongest first */
    public static List<Integer> link(List<NameGroup> groups, Clusters clusters, long[] pairs, double[] scores,
                                     double merge, double review, double apart, Judgements judgements,
                                     Map<String, String> definitions) {
        // Two names are kept apart by an analyst's "not same", or by a comparison that found them unlike.
        BiPredicate<Integer, Integer> keptApart = (i, j) -> {
            Verdict verdict = judgements.verdict(i, j);
            if (verdict == Verdict.NOT_SAME) {
                return true;
            }
            // The pairs are sorted: a pair's score is found by binary search.
            int k = Arrays.binarySearch(pairs, (long) Math.min(i, j) << 32 | Math.max(i, j));
            return k >= 0 && scores[k] < apart && verdict != Verdict.SAME;
        };
        // Strongest first: each pair's index under its score's bits (a positive float's bits sort as the float).
        // Only the pairs at review or above are linked or queued: the rest (most pairs) are not sorted,
        // nor held a second time while the pairs and their scores are.
        int kept = 0;
        for (double score : scores) {
            if (score >= review) {
                kept++;
            }
        }
        long[] order = new long[kept];
        for (int k = 0, o = 0; k < pairs.length; k++) {
            if (scores[k] >= review) {
                order[o++] = (long) Float.floatToIntBits((float) scores[k]) << 32 | k;
            }
        }
        Arrays.parallelSort(order);
        List<Integer> forReview = new ArrayList<>();
        for (int o = order.length - 1; o >= 0; o--) {
            int k = (int) order[o];
            int i = Blocker.Candidates.first(pairs[k]);
            int j = Blocker.Candidates.second(pairs[k]);
            if (judgements.verdict(i, j) != null
                    || Judgements.otherExpansion(definitions, groups.get(i).key(), groups.get(j).key())) {
                continue;
            }
            if (scores[k] >= merge) {
                clusters.link(i, j, keptApart);
            } else if (clusters.find(i) != clusters.find(j)) {
                forReview.add(k);
            }
        }
        return forReview;
    }
}
