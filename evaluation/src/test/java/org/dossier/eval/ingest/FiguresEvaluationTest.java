package org.dossier.eval.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FiguresEvaluationTest {

    @Test
    void scoresEachSpecFileOnBothHalvesAndPrintsTheMeasuredTotalLast() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        double accuracy = FiguresEvaluation.run(Path.of("src/test/resources/recognizers-text-specs"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

        String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("figures spec=Number/English/NumberModel.json tune=1.000 measure=1.000 n=6 ");
        assertThat(lines[3]).matches("figures accuracy=1\\.000 tune=1\\.000 measure=1\\.000 n=11 tune_n=\\d+ measure_n=\\d+");
        assertThat(accuracy).isEqualTo(1.0);
    }

    @Test
    void aCaseFallsInTheSameHalfEveryTimeAndBothHalvesAreUsed() {
        String input = "The fine was $5 million.";

        assertThat(FiguresEvaluation.isTuneCase(input)).isEqualTo(FiguresEvaluation.isTuneCase(input));
        assertThat(java.util.stream.IntStream.range(0, 40).mapToObj(i -> FiguresEvaluation.isTuneCase("case " + i)))
                .contains(true, false);
    }
}
