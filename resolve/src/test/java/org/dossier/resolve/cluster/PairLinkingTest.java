package org.dossier.resolve.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.resolve.cluster.Names.name;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.dossier.resolve.group.NameGroup;

class PairLinkingTest {

    private final List<NameGroup> groups = List.of(name("PERSON:Anna Berg", 1, "a"), name("PERSON:A. Berg", 1, "b"),
            name("PERSON:Anne Berg", 1, "c"), name("PERSON:Ann Berg", 1, "d"));

    private static long pair(int i, int j) {
        return (long) i << 32 | j;
    }

    @Test
    void strongPairsLinkStrongestFirstUnlessAPairAcrossScoresThemApartAndTheMiddleBandIsForAnalysts() {
        // 0-1 and 1-2 are strong, but 0-2 is surely different: the weaker of the two links is refused;
        // 2-3 sits in the middle band
        long[] pairs = {pair(0, 1), pair(0, 2), pair(1, 2), pair(2, 3)};
        double[] scores = {0.97, 0.1, 0.95, 0.5};
        Clusters clusters = new Clusters(groups.size());

        List<Integer> review = PairLinking.link(groups, clusters, pairs, scores, 0.9, 0.2, 0.5,
                new Judgements(groups, List.of()), Map.of());

        assertThat(clusters.find(0)).isEqualTo(clusters.find(1)).isNotEqualTo(clusters.find(2));
        assertThat(review).containsExactly(3);
    }
}
