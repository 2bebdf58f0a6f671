package org.dossier.resolve.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

        ContextEvidence context = ContextEvidence.coMentions().learn(groups, pairs, scores, 0.9, 3);

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

    private static NameGroup group(String name, Set<String> coMentioned) {
        var normalized = NameNormalizer.normalize(name, NameKind.PERSON);
        return new NameGroup("PERSON:" + String.join(" ", normalized.tokens()), normalized, Map.of(name, 1), 1,
                Set.of("d"), coMentioned);
    }
}
