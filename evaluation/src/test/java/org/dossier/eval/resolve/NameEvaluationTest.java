package org.dossier.eval.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.dossier.resolve.score.LabelledPair;
import org.dossier.resolve.score.LabelledPairs;

class NameEvaluationTest {

    @Test
    void crossValidatedOnTheShippedPairsTheComparatorBeatsNomenklaturasMatcher() {
        List<LabelledPair> pairs = LabelledPairs.standard();
        Map<String, PairCounts> byKind = new HashMap<>();

        PairCounts counts = NameEvaluation.crossValidate(pairs, byKind, false);

        assertThat(counts.n()).isEqualTo(426);
        // nomenklatura's logic_v2 scores F1 0.777 on these pairs; the goal is 0.85.
        assertThat(counts.f1()).isGreaterThanOrEqualTo(0.85);
        assertThat(byKind).containsOnlyKeys("person", "organization");
    }

    @Test
    void aPairIsInTheSameFoldWhicheverWayRoundItIsWritten() {
        LabelledPair pair = new LabelledPair("Jurgen Stock", "Jürgen Stock", null, true);
        LabelledPair reversed = new LabelledPair("Jürgen Stock", "Jurgen Stock", null, true);

        assertThat(NameEvaluation.fold(pair)).isEqualTo(NameEvaluation.fold(reversed));
    }
}
