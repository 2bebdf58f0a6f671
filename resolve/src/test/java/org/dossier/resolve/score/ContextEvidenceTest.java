package org.dossier.resolve.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.normalize.NameKind;
import org.dossier.resolve.normalize.NameNormalizer;

class ContextEvidenceTest {

    @Test
    void sharingCompanyCountsForTwoNamesWhenSurePairsShareItMoreThanRandomOnes() {
        // 200 names in 100 pairs: each pair keeps the same company, different pairs different company.
        List<NameGroup> groups = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Set<String> company = Set.of("ORG:a" + i, "ORG:b" + i);
            groups.add(group("Person" + i + " Alpha", company));
            groups.add(group("Person" + i + " Alfa", company));
        }
        long[] pairs = new long[100];
        double[] scores = new double[100];
        for (int i = 0; i < 100; i++) {
            pairs[i] = (long) (2 * i) << 32 | (2 * i + 1);
            scores[i] = 0.95;
        }

        ContextEvidence context = ContextEvidence.coMentions().learn(groups, LearningPairs.of(groups, pairs, scores, 0.9));

        assertThat(context.bits(2)).isGreaterThan(3);
        assertThat(context.bits(0)).isLessThan(0);
        assertThat(context.bits(-1)).isZero();
        assertThat(ContextEvidence.combine(0.6, context.bits(2))).isGreaterThan(0.9);
        assertThat(ContextEvidence.combine(0.6, context.bits(0))).isLessThan(0.6);
        assertThat(ContextEvidence.combine(0.6, 0)).isEqualTo(0.6);
        assertThat(context.level(groups.get(0), groups.get(1))).isEqualTo(2);
        assertThat(context.level(groups.get(0), groups.get(2))).isZero();
        assertThat(context.describe(2)).startsWith("co-mentioned names: two or more shared, +");
    }

    @Test
    void theWeightsAreTheCorpussWhicheverOrderItsNamesWereReadIn() {
        // 3,000 names in 1,000 entities of three spellings, each entity mentioned with two of 200 others.
        Random random = new Random(12);
        List<NameGroup> groups = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            int first = random.nextInt(200);
            Set<String> company = Set.of("ORG:o" + first, "ORG:o" + (first + 1 + random.nextInt(199)) % 200);
            for (String spelling : List.of(" Alpha", " Alfa", " Alpa")) {
                groups.add(group("Person" + i + spelling, random.nextInt(4) == 0 ? Set.of("ORG:o" + random.nextInt(200)) : company));
            }
        }
        long[] pairs = new long[3_000];
        double[] scores = new double[3_000];
        for (int i = 0; i < 1_000; i++) {
            for (int s = 0; s < 3; s++) {
                pairs[3 * i + s] = (long) (3 * i + s / 2) << 32 | (3 * i + 1 + (s + 1) / 2);
                scores[3 * i + s] = 0.95;
            }
        }
        List<NameGroup> shuffled = new ArrayList<>(groups);
        Collections.shuffle(shuffled, new Random(13));
        Map<NameGroup, Integer> number = new HashMap<>();
        for (int i = 0; i < shuffled.size(); i++) {
            number.put(shuffled.get(i), i);
        }
        long[] renumbered = new long[pairs.length];
        for (int k = 0; k < pairs.length; k++) {
            int a = number.get(groups.get((int) (pairs[k] >>> 32)));
            int b = number.get(groups.get((int) pairs[k]));
            renumbered[k] = (long) Math.min(a, b) << 32 | Math.max(a, b);
        }

        ContextEvidence inOrder = ContextEvidence.coMentions().learn(groups, LearningPairs.of(groups, pairs, scores, 0.9));
        ContextEvidence reordered = ContextEvidence.coMentions()
                .learn(shuffled, LearningPairs.of(shuffled, renumbered, scores, 0.9));

        assertThat(inOrder.bits(2)).isGreaterThan(1);
        for (int level = 0; level < 3; level++) {
            assertThat(reordered.bits(level)).isEqualTo(inOrder.bits(level));
        }
    }

    @Test
    void namesSeenInTheSamePeriodWithinAYearOrYearsApart() {
        ContextEvidence time = ContextEvidence.time();
        NameGroup spring2024 = dated("2024-03-01", "2024-05-01");
        NameGroup may2024 = dated("2024-04-15", "2024-04-20");
        NameGroup winter2024 = dated("2024-11-01", "2024-12-01");
        NameGroup y2021 = dated("2021-01-01", "2021-02-01");

        assertThat(time.level(spring2024, may2024)).isZero();
        assertThat(time.level(winter2024, spring2024)).isEqualTo(1);
        assertThat(time.level(spring2024, y2021)).isEqualTo(2);
        assertThat(time.level(spring2024, group("Undated Person", Set.of()))).isEqualTo(-1);
    }

    private static NameGroup dated(String first, String last) {
        var normalized = NameNormalizer.normalize("Dated Person", NameKind.PERSON);
        return new NameGroup("PERSON:dated person", normalized, Map.of("Dated Person", 1), 1, Set.of("d"), Set.of(),
                List.of(), Set.of(), Instant.parse(first + "T00:00:00Z"), Instant.parse(last + "T00:00:00Z"));
    }

    private static NameGroup group(String name, Set<String> coMentioned) {
        var normalized = NameNormalizer.normalize(name, NameKind.PERSON);
        return new NameGroup("PERSON:" + String.join(" ", normalized.tokens()), normalized, Map.of(name, 1), 1,
                Set.of("d"), coMentioned);
    }
}
