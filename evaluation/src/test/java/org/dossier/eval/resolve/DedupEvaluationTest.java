package org.dossier.eval.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deduplication end to end on the shipped fixtures: blocking, a model learnt from the records, clusters. */
class DedupEvaluationTest {

    private static final Path FIXTURES = Path.of("src/test/resources/dedup");

    @Test
    void febrlPeopleAreFoundWithTheirDuplicates() throws Exception {
        DedupEvaluation.Result result = DedupEvaluation.run(FIXTURES.resolve("febrl1_dataset1.csv"), false);

        assertThat(result.layout()).isEqualTo("febrl");
        assertThat(result.scores().records()).isEqualTo(1000);
        // the goal for Febrl is 0.95; an exact name rule scores 0.626
        assertThat(result.scores().pairF1()).isGreaterThanOrEqualTo(0.95);
        assertThat(result.scores().bcubedF1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void splinksFakePeopleClusterWellAboveTheExactNameRule() throws Exception {
        DedupEvaluation.Result result = DedupEvaluation.run(FIXTURES.resolve("fake_1000.csv"), false);

        assertThat(result.layout()).isEqualTo("fake_1000");
        // same first name and surname: pairwise F1 0.246
        assertThat(result.scores().pairF1()).isGreaterThan(0.85);
    }

    @Test
    void aFileOfNoKnownLayoutIsRefusedWithTheLayoutsItCouldHaveBeen(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("people.csv"), "id,name\n1,Ada\n");

        assertThatThrownBy(() -> DedupEvaluation.run(file, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none of the known layouts");
    }
}
