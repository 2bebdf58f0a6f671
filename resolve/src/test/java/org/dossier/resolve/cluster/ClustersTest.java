package org.dossier.resolve.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClustersTest {

    @Test
    void linksJoinRecordsDirectlyOrThroughOthers() {
        Clusters clusters = new Clusters(5);

        clusters.link(0, 1);
        clusters.link(1, 2);
        clusters.link(3, 4);

        assertThat(clusters.find(0)).isEqualTo(clusters.find(2));
        assertThat(clusters.find(3)).isEqualTo(clusters.find(4)).isNotEqualTo(clusters.find(0));
    }

    @Test
    void aPairThatMustStayApartStopsAChainOfLinks() {
        // 0 ~ 1 and 1 ~ 2, but 0 and 2 are known to differ: 2 may not join 0 through 1.
        Clusters clusters = new Clusters(3);

        assertThat(clusters.link(0, 1, (i, j) -> false)).isTrue();
        boolean joined = clusters.link(1, 2, (i, j) -> Math.min(i, j) == 0 && Math.max(i, j) == 2);

        assertThat(joined).isFalse();
        assertThat(clusters.labels()).containsExactly(clusters.find(0), clusters.find(0), 2);
    }
}
