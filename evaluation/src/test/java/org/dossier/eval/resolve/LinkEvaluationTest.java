package org.dossier.eval.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LinkEvaluationTest {

    @Test
    void namedMentionsAreLinkedInsideAndAcrossDocumentsBetterThanByTheirExactNames() throws Exception {
        LinkEvaluation.Result result = LinkEvaluation.run(Path.of("src/test/resources/gum/docs.json"), false);

        assertThat(result.mentions()).isEqualTo(454);
        assertThat(result.withinF1()).isGreaterThan(result.exactWithinF1() + 0.1);
        assertThat(result.acrossF1()).isGreaterThan(result.exactAcrossF1() + 0.1);
    }
}
