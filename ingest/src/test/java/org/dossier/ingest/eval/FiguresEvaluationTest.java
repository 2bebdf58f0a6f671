package org.dossier.ingest.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FiguresEvaluationTest {

    @Test
    void scoresEachSpecFileAndPrintsTheTotalLast() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        double accuracy = FiguresEvaluation.run(Path.of("src/test/resources/recognizers-text-specs"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

        String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("figures spec=Number/English/NumberModel.json accuracy=1.000 n=6");
        assertThat(lines[3]).isEqualTo("figures accuracy=1.000 n=11");
        assertThat(accuracy).isEqualTo(1.0);
    }
}
