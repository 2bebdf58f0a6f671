package org.dossier.resolve.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.dossier.resolve.group.IdSet;
import org.dossier.resolve.group.Marks;
import org.dossier.resolve.group.NameGroup;

/**
 * The entities named beside an entity's names, most often first: each of its names counts each
 * other entity it shares a document with once per name of that entity. When the names number
 * their co-mentioned names by one dictionary ({@link IdSet}), the other names' clusters are read
 * from an array by number: an entity of a large corpus is compared with thousands of co-mentioned
 * names, and a string lookup each is most of the cost of building its entry.
 */
final class CoMentionedEntities {

    private final List<String> ids;
    private final Map<String, String> entityOfName;
    /** Each name's cluster by its number in the names' dictionary, -1 for a name in none; null without one. */
    private final int[] clusterOfNumber;
    private final IdSet numbered;
    /** Each thread's tally, as large as the names' dictionary and the clusters, made once. */
    private final ThreadLocal<Tally> tallies;

    /**
     * @param clusters the run's clusters of names
     * @param ids each cluster's entity id
     * @param entityOfName each name's entity id, for names not numbered by a dictionary
     */
    CoMentionedEntities(List<List<NameGroup>> clusters, List<String> ids, Map<String, String> entityOfName) {
        this.ids = ids;
        this.entityOfName = entityOfName;
        IdSet first = clusters.stream().flatMap(List::stream).map(NameGroup::coMentioned)
                .filter(IdSet.class::isInstance).map(IdSet.class::cast).findFirst().orElse(null);
        this.numbered = first;
        if (first == null) {
            clusterOfNumber = null;
            tallies = null;
            return;
        }
        int dictionary = first.dictionarySize();
        tallies = ThreadLocal.withInitial(() -> new Tally(dictionary, clusters.size()));
        clusterOfNumber = new int[dictionary];
        Arrays.fill(clusterOfNumber, -1);
        for (int c = 0; c < clusters.size(); c++) {
            for (NameGroup group : clusters.get(c)) {
                int number = first.numberOf(group.key());
                if (number >= 0) {
                    clusterOfNumber[number] = c;
                }
            }
        }
    }

    /** The {@code limit} entities most often named beside cluster {@code self}'s names, ties by id. */
    List<String> of(int self, List<NameGroup> cluster, int limit) {
        String selfId = ids.get(self);
        if (clusterOfNumber == null || !cluster.stream().allMatch(g -> g.coMentioned() instanceof IdSet set
                && set.numberedLike(numbered))) {
            Map<String, Integer> counts = new HashMap<>();
            for (NameGroup group : cluster) {
                for (String other : group.coMentioned()) {
                    String entity = entityOfName.get(other);
                    if (entity != null && !entity.equals(selfId)) {
                        counts.merge(entity, 1, Integer::sum);
                    }
                }
            }
            return mostFirst(new ArrayList<>(counts.entrySet()), limit);
        }
        // Each other cluster counted as its names are met, name by name: no list of a large
        // entity's co-mentioned names is gathered and sorted.
        Tally tally = tallies.get();
        for (NameGroup group : cluster) {
            ((IdSet) group.coMentioned()).forEachNumber(tally.seen, number -> {
                int c = clusterOfNumber[number];
                if (c >= 0 && c != self) {
                    tally.count(c);
                }
            });
        }
        int distinct = tally.size;
        int[] others = new int[distinct];
        int[] times = new int[distinct];
        tally.drain(others, times);
        // Only those counted at least as often as the limit-th are candidates: thousands of
        // neighbours are not boxed and compared by id to keep ten.
        int least = 0;
        if (distinct > limit && limit > 0) {
            int[] sorted = Arrays.copyOf(times, distinct);
            Arrays.sort(sorted);
            least = sorted[distinct - limit];
        }
        List<Map.Entry<String, Integer>> counts = new ArrayList<>();
        for (int d = 0; d < distinct; d++) {
            if (times[d] >= least) {
                counts.add(Map.entry(ids.get(others[d]), times[d]));
            }
        }
        return mostFirst(counts, limit);
    }

    /**
     * How often each cluster is met beside an entity's names: the names met so far for the name at
     * hand ({@code seen}), and the clusters met with their counts, reset as they are read.
     */
    private static final class Tally {

        final Marks seen;
        private final int[] counts;
        private int[] met = new int[256];
        int size;

        Tally(int names, int clusters) {
            seen = new Marks(names);
            counts = new int[clusters];
        }

        void count(int cluster) {
            if (counts[cluster]++ == 0) {
                if (size == met.length) {
                    met = Arrays.copyOf(met, size * 2);
                }
                met[size++] = cluster;
            }
        }

        /** The clusters met and their counts, side by side, and a clean tally for the next entity. */
        void drain(int[] clusters, int[] times) {
            for (int i = 0; i < size; i++) {
                clusters[i] = met[i];
                times[i] = counts[met[i]];
                counts[met[i]] = 0;
            }
            size = 0;
        }
    }

    /**
     * The {@code limit} most counted, ties by id: kept in a heap of {@code limit} as they come, since
     * most of an entity's thousands of neighbours are named beside it once and sorting them all
     * compares their ids.
     */
    private static List<String> mostFirst(List<Map.Entry<String, Integer>> counts, int limit) {
        Comparator<Map.Entry<String, Integer>> order = Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey());
        PriorityQueue<Map.Entry<String, Integer>> best = new PriorityQueue<>(limit + 1, order.reversed());
        for (Map.Entry<String, Integer> count : counts) {
            if (best.size() < limit) {
                best.add(count);
            } else if (limit > 0 && order.compare(count, best.peek()) < 0) {
                best.poll();
                best.add(count);
            }
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>(best);
        kept.sort(order);
        return kept.stream().map(Map.Entry::getKey).toList();
    }
}
