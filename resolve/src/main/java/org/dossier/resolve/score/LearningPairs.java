package org.dossier.resolve.score;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.group.NameGroups;

/**
 * The pairs the context's weights are learnt from: pairs the name comparator is sure of, and
 * pairs of names taken at random. Each pair is taken or not by hashes of its names' keys, never by
 * the numbers the names happen to have in a run, so that the weights are the corpus's alone: the
 * same whether it was resolved in one run or a night at a time, and moved by a night's few new
 * names only as much as those names add. Drawn by position instead, every pair changes with each
 * new name, the weights with them, and entities nobody mentioned again would merge and split
 * from night to night.
 *
 * @param sure pairs scored at least as sure on their names, as {@code i << 32 | j}
 * @param random pairs of two different names, as {@code i << 32 | j}
 */
public record LearningPairs(long[] sure, long[] random) {

    /** About this many pairs of each kind: enough for three shares, quick on millions of pairs. */
    static final int SAMPLE = 100_000;
    /** The most buckets the names are dealt into: a power of two, as is every count of them. */
    private static final int MOST_BUCKETS = 1 << 16;

    /**
     * @param pairs candidate pairs as {@code i << 32 | j}, indices into {@code groups}
     * @param nameScores each pair's name score
     * @param sure the name score from which a pair counts as a match
     */
    public static LearningPairs of(List<NameGroup> groups, long[] pairs, double[] nameScores, double sure) {
        long[] keys = new long[groups.size()];
        IntStream.range(0, keys.length).parallel().forEach(i -> keys[i] = hash(groups.get(i).key()));
        return new LearningPairs(sure(keys, pairs, nameScores, sure, SAMPLE), random(keys, SAMPLE));
    }

    /**
     * The sure pairs whose hash (of their two keys, in either order) falls in the first
     * {@code atMost / count} of the hashes' range: about {@code atMost} of them, and all when there
     * are no more. A new sure pair enters with that chance, and the others stay.
     */
    static long[] sure(long[] keys, long[] pairs, double[] nameScores, double sure, int atMost) {
        long count = IntStream.range(0, pairs.length).parallel().filter(k -> nameScores[k] >= sure).count();
        double share = Math.min(1, (double) atMost / Math.max(1, count));
        return IntStream.range(0, pairs.length).parallel()
                .filter(k -> nameScores[k] >= sure && unit(mix(keys[(int) (pairs[k] >>> 32)] + keys[(int) pairs[k]])) < share)
                .mapToLong(k -> pairs[k]).toArray();
    }

    /**
     * About {@code atMost} pairs of different names at random: every pair when there are no more.
     * Otherwise the names are dealt into buckets by a hash of their key, four to eight names a
     * bucket; the name of least hash in a bucket is paired with the name of least hash in the same
     * bucket of a second dealing, for as many dealings as it takes. Each pair is two names at
     * random, and a new name changes a pair only where it takes a bucket's first place. The
     * buckets are as many until the names double (a power of two), then stay at
     * {@link #MOST_BUCKETS}, so that the dealing itself does not change with each new name.
     */
    static long[] random(long[] keys, int atMost) {
        int n = keys.length;
        if ((long) n * (n - 1) / 2 <= atMost) {
            long[] all = new long[n * (n - 1) / 2];
            int at = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    all[at++] = (long) i << 32 | j;
                }
            }
            return all;
        }
        int buckets = Integer.highestOneBit(Math.min(MOST_BUCKETS, n / 4));
        int rounds = (atMost + buckets - 1) / buckets;
        long[] taken = new long[rounds * buckets];
        int count = 0;
        for (int round = 0; round < rounds; round++) {
            int[] first = leastInEachBucket(keys, buckets, mix(2L * round + 1));
            int[] second = leastInEachBucket(keys, buckets, mix(2L * round + 2));
            for (int b = 0; b < buckets && count < atMost; b++) {
                if (first[b] >= 0 && second[b] >= 0 && first[b] != second[b]) {
                    taken[count++] = (long) first[b] << 32 | second[b];
                }
            }
        }
        return Arrays.copyOf(taken, count);
    }

    /** For each bucket, the name of least hash among those the dealing {@code salt} puts there; -1 for none. */
    private static int[] leastInEachBucket(long[] keys, int buckets, long salt) {
        int[] least = new int[buckets];
        long[] leastHash = new long[buckets];
        Arrays.fill(least, -1);
        for (int i = 0; i < keys.length; i++) {
            long h = mix(keys[i] ^ salt);
            int b = (int) (((h >>> 33) * buckets) >>> 31);
            if (least[b] < 0 || Long.compareUnsigned(h, leastHash[b]) < 0) {
                least[b] = i;
                leastHash[b] = h;
            }
        }
        return least;
    }

    /** A 64-bit hash of a name's key, its bits spread. */
    static long hash(String key) {
        return mix(NameGroups.hash64(key));
    }

    /** Spreads a value's bits over all 64 (the finaliser of SplitMix64). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A hash as a number in [0, 1). */
    private static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }
}
