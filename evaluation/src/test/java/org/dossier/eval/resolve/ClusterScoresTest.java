package org.dossier.eval.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClusterScoresTest {

    @Test
    void pairwiseAndBcubedScoresOfAClusteringThatMergesTooMuch() {
        // truth: {0,1} {2,3}; predicted: {0,1,2} {3}
        ClusterScores scores = ClusterScores.of(new int[] {7, 7, 7, 9}, new String[] {"a", "a", "b", "b"});

        // pairs predicted: 01 02 12, of which 01 is right; true pairs: 01 23
        assertThat(scores.pairPrecision()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(scores.pairRecall()).isCloseTo(0.5, within(1e-9));
        // B-cubed precision: (2/3 + 2/3 + 1/3 + 1) / 4; recall: (1 + 1 + 1/2 + 1/2) / 4
        assertThat(scores.bcubedPrecision()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, within(1e-9));
        assertThat(scores.bcubedRecall()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void theTrueClusteringScoresOne() {
        ClusterScores scores = ClusterScores.of(new int[] {1, 1, 2}, new String[] {"x", "x", "y"});

        assertThat(scores.pairF1()).isEqualTo(1.0);
        assertThat(scores.bcubedF1()).isEqualTo(1.0);
    }
}
