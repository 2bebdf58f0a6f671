package org.dossier.resolve.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LearningPairsTest {

    @Test
    void theSamePairsOfNamesWhateverNumbersTheNamesHave() {
        List<String> names = names(20_000, 1);
        List<String> shuffled = new ArrayList<>(names);
        Collections.shuffle(shuffled, new Random(2));
        long[] pairs = neighbours(names.size());
        double[] scores = scores(pairs.length, 3);
        // The same candidate pairs, numbered by the shuffled names.
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < shuffled.size(); i++) {
            number.put(shuffled.get(i), i);
        }
        long[] renumbered = new long[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            renumbered[k] = (long) number.get(names.get((int) (pairs[k] >>> 32))) << 32
                    | number.get(names.get((int) pairs[k]));
        }

        assertThat(keyPairs(names, LearningPairs.random(keys(names), LearningPairs.SAMPLE)))
                .hasSizeGreaterThan(90_000)
                .isEqualTo(keyPairs(shuffled, LearningPairs.random(keys(shuffled), LearningPairs.SAMPLE)));
        assertThat(keyPairs(names, LearningPairs.sure(keys(names), pairs, scores, 0.9, 500)))
                .isEqualTo(keyPairs(shuffled, LearningPairs.sure(keys(shuffled), renumbered, scores, 0.9, 500)));
    }

    @Test
    void aNightsFewNewNamesChangeFewOfThePairs() {
        List<String> names = names(20_000, 4);
        List<String> more = new ArrayList<>(names);
        more.addAll(names(200, 5));
        Set<String> before = keyPairs(names, LearningPairs.random(keys(names), LearningPairs.SAMPLE));
        Set<String> after = keyPairs(more, LearningPairs.random(keys(more), LearningPairs.SAMPLE));

        Set<String> kept = new HashSet<>(before);
        kept.retainAll(after);
        // Pairs drawn by position would all change with one more name.
        assertThat(kept.size()).isGreaterThan(before.size() * 95 / 100);

        long[] pairs = neighbours(more.size());
        double[] scores = scores(pairs.length, 6);
        // The sure pairs of the first names only, then of all.
        double[] earlier = scores.clone();
        for (int k = 0; k < pairs.length; k++) {
            if ((int) pairs[k] >= names.size()) {
                earlier[k] = 0;
            }
        }
        Set<String> sureBefore = keyPairs(more, LearningPairs.sure(keys(more), pairs, earlier, 0.9, 1_000));
        Set<String> sureAfter = keyPairs(more, LearningPairs.sure(keys(more), pairs, scores, 0.9, 1_000));
        Set<String> sureKept = new HashSet<>(sureBefore);
        sureKept.retainAll(sureAfter);
        assertThat(sureKept.size()).isGreaterThan(sureBefore.size() * 95 / 100);
    }

    @Test
    void randomPairsAreOfTwoDifferentNamesEachNameAsLikelyAsAnother() {
        List<String> names = names(50_000, 7);
        long[] random = LearningPairs.random(keys(names), LearningPairs.SAMPLE);

        assertThat(random.length).isBetween(LearningPairs.SAMPLE * 95 / 100, LearningPairs.SAMPLE);
        int bothInFirstHalf = 0;
        for (long pair : random) {
            int a = (int) (pair >>> 32);
            int b = (int) pair;
            assertThat(a).isNotEqualTo(b);
            if (a < names.size() / 2 && b < names.size() / 2) {
                bothInFirstHalf++;
            }
        }
        // A quarter of random pairs, give or take a few standard deviations (0.14 %).
        assertThat((double) bothInFirstHalf / random.length).isBetween(0.24, 0.26);
    }

    @Test
    void everyPairOfAFewNamesAndEverySurePairOfAFew() {
        List<String> names = names(40, 8);
        assertThat(LearningPairs.random(keys(names), LearningPairs.SAMPLE)).hasSize(40 * 39 / 2);

        long[] pairs = neighbours(names.size());
        double[] scores = scores(pairs.length, 9);
        long sure = Arrays.stream(scores).filter(s -> s >= 0.9).count();
        assertThat(LearningPairs.sure(keys(names), pairs, scores, 0.9, 1_000)).hasSize((int) sure);
    }

    @Test
    void aboutAsManySurePairsAsAskedAndNoneLessThanSure() {
        List<String> names = names(20_000, 10);
        long[] pairs = neighbours(names.size());
        double[] scores = scores(pairs.length, 11);
        long[] sure = LearningPairs.sure(keys(names), pairs, scores, 0.9, 2_000);

        assertThat(sure.length).isBetween(1_800, 2_200);
        Set<Long> scoredSure = new HashSet<>();
        for (int k = 0; k < pairs.length; k++) {
            if (scores[k] >= 0.9) {
                scoredSure.add(pairs[k]);
            }
        }
        for (long pair : sure) {
            assertThat(scoredSure).contains(pair);
        }
    }

    private static List<String> names(int count, long seed) {
        Random random = new Random(seed);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add("PERSON:" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
        }
        return names;
    }

    private static long[] keys(List<String> names) {
        return names.stream().mapToLong(LearningPairs::hash).toArray();
    }

    /** Each name paired with the next three. */
    private static long[] neighbours(int names) {
        List<Long> pairs = new ArrayList<>();
        for (int i = 0; i < names; i++) {
            for (int j = i + 1; j < Math.min(names, i + 4); j++) {
                pairs.add((long) i << 32 | j);
            }
        }
        return pairs.stream().mapToLong(Long::longValue).toArray();
    }

    /** Scores at random, a third of them sure (0.9 or more). */
    private static double[] scores(int count, long seed) {
        Random random = new Random(seed);
        double[] scores = new double[count];
        for (int k = 0; k < count; k++) {
            scores[k] = random.nextInt(3) == 0 ? 0.9 + random.nextDouble() * 0.1 : random.nextDouble() * 0.89;
        }
        return scores;
    }

    /** Each pair as its two names, in either order. */
    private static Set<String> keyPairs(List<String> names, long[] pairs) {
        Set<String> set = new HashSet<>();
        for (long pair : pairs) {
            String a = names.get((int) (pair >>> 32));
            String b = names.get((int) pair);
            set.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
        }
        return set;
    }
}
