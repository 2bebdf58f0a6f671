package org.dossier.eval.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleScoreTest {

    @Test
    void shinglesOfFourWordsCountedOncePerOccurrenceAndPagesWeighedAlike() {
        ArticleScore score = new ArticleScore();
        // Shingles "a b c d", "b c d e" against "a b c d", "b c d x": one shared, one extra, one missed.
        double[] first = score.addShingles("a b c d e", "a b c d x");
        // A perfect page.
        double[] second = score.addShingles("one two three four five six", "One? no: one two, three four five six");

        assertThat(first).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-9));
        assertThat(ArticleScore.pagePrecision(second)).isLessThan(1);
        assertThat(ArticleScore.pageRecall(second)).isEqualTo(1);
        assertThat(score.recall()).isCloseTo((0.5 + 1) / 2, within(1e-9));
    }

    @Test
    void segmentsMustAppearOrStayOutAfterSpacesAreNormalised() {
        ArticleScore score = new ArticleScore();

        int[] page = score.addSegments(List.of("the  fine was\nissued", "not there"), List.of("Accept cookies"),
                "Inspectors said the fine was issued. Accept cookies");

        assertThat(page).containsExactly(1, 1, 1);
        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isEqualTo(0.5);
    }

    @Test
    void evaluationPrintsTheScoreOfAFolderAsItsLastLine() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            // The pages ingest's ArticleExtractorTest reads, with their gold text.
            ArticleEvaluation.main(new String[] {"../ingest/src/test/resources/articles"});
        } finally {
            System.setOut(stdout);
        }
        String[] lines = buffer.toString(StandardCharsets.UTF_8).strip().split("\n");

        assertThat(lines[lines.length - 1]).isEqualTo("articles F1=1.000 P=1.000 R=1.000 n=2");
    }
}
