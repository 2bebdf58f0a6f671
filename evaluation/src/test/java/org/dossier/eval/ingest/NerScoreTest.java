package org.dossier.eval.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.dossier.ingest.nlp.NerSpan;

class NerScoreTest {

    @Test
    void exactSpansMatchBothWaysOverlapsOfTheSameTypeOnlyPartially() {
        NerScore score = new NerScore();
        Set<NerSpan> gold = Set.of(
                new NerSpan(0, 10, "PERSON"),          // found exactly
                new NerSpan(20, 45, "ORGANIZATION"),   // "the Syrian Arab Army's units": the name inside it found
                new NerSpan(50, 60, "LOCATION"),       // overlapped by a span of another type
                new NerSpan(70, 80, "PERSON"));        // missed
        Set<NerSpan> predicted = Set.of(
                new NerSpan(0, 10, "PERSON"),
                new NerSpan(24, 40, "ORGANIZATION"),
                new NerSpan(48, 58, "ORGANIZATION"),
                new NerSpan(90, 95, "LOCATION"));      // spurious

        int partial = score.add(gold, predicted);

        assertThat(partial).isEqualTo(2);
        assertThat(score.gold()).isEqualTo(4);
        assertThat(score.precision()).isEqualTo(0.25);
        assertThat(score.recall()).isEqualTo(0.25);
        assertThat(score.partialPrecision()).isEqualTo(0.5);
        assertThat(score.partialRecall()).isEqualTo(0.5);
        assertThat(score.partialF1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void eachSpanMatchesOnceAndAnExactPairIsKeptBeforeAnOverlap() {
        // Two names inside one gold noun phrase: one match, the other predicted span is spurious.
        assertThat(NerScore.overlapping(Set.of(new NerSpan(0, 30, "LOCATION")),
                Set.of(new NerSpan(0, 5, "LOCATION"), new NerSpan(10, 20, "LOCATION")))).isEqualTo(1);
        // "New York" overlaps both gold spans; it is the first one's exact match, so "York City" still finds the second.
        assertThat(NerScore.overlapping(
                Set.of(new NerSpan(0, 8, "LOCATION"), new NerSpan(4, 20, "LOCATION")),
                Set.of(new NerSpan(0, 8, "LOCATION"), new NerSpan(4, 16, "LOCATION")))).isEqualTo(2);
    }

    @Test
    void scoresAddUpOverDocuments() {
        NerScore score = new NerScore();
        score.add(Set.of(new NerSpan(0, 4, "PERSON")), Set.of(new NerSpan(0, 4, "PERSON")));
        score.add(Set.of(new NerSpan(0, 4, "PERSON")), Set.of());

        assertThat(score.f1()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.partialF1()).isCloseTo(2 / 3.0, within(1e-9));
    }
}
