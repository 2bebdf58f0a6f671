package org.dossier.resolve.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassProgressTest {

    @Test
    void aLineSaysHowManyDocumentsOfThePassAreReadAndAboutHowLongTheRestWillTake() {
        PassProgress progress = new PassProgress("names", 1_000);
        progress.read(100, 1_200);
        progress.read(100, 1_300);

        String line = progress.line(System.nanoTime());

        assertThat(line).startsWith("Resolve, names: 200 of 1,000 documents read (2,500 mentions), ")
                .contains(" documents/s, about ").endsWith(" left");
    }

    @Test
    void aFinishedPassTellsNoTimeLeft() {
        PassProgress progress = new PassProgress("names", 10);
        progress.read(10, 5);

        assertThat(progress.line(System.nanoTime())).doesNotContain("left");
    }
}
