package org.dossier.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RunningLinesTest {

    @Test
    void headersFootersAndPageNumbersGoTheTitleOnTheCoverAndTheTextStay() {
        List<String> body = List.of("Inspectors found altered manifests", "Timber left the port at night",
                "Customs officers were warned twice", "The authority fined the freight line");
        List<String> ends = List.of("in January.", "in the spring.", "before the fine.", "on Tuesday.");
        List<String> pages = new ArrayList<>();
        pages.add("\nAn Overview of Port Fraud\n\nApril 2026\n");
        for (int page = 1; page <= 4; page++) {
            pages.add("\nAn Overview of Port Fraud\n\n" + body.get(page - 1) + ", the report says,\n"
                    + ends.get(page - 1) + "\n\nCongressional Research Service   " + page + "\n");
        }
        pages.add("\nAnnex\nPage 6 of 6\n");

        String text = RunningLines.remove(pages);

        assertThat(text).containsOnlyOnce("An Overview of Port Fraud");
        assertThat(text).doesNotContain("Congressional Research Service", "Page 6 of 6");
        assertThat(text).contains("Customs officers were warned twice, the report says,\nbefore the fine.",
                "Annex", "April 2026");
    }

    @Test
    void aRunningLineIsKnownWhenItsPageNumberRunsIntoIt() {
        List<String> body = List.of("Inspectors found altered manifests.", "Timber left the port at night.",
                "Customs officers were warned twice.", "The authority fined the freight line.",
                "The owners appealed the fine.", "The court upheld it.", "The line was sold.", "Its ships were renamed.");
        List<String> pages = new ArrayList<>();
        pages.add("\nAn Overview of Port Fraud\n");
        for (int page = 1; page <= body.size(); page++) {
            String footer = switch (page % 3) {
                case 0 -> "2026 ◆ Port Fraud Strategy" + page;
                case 1 -> page + "2026 ◆ Port Fraud Strategy";
                default -> "2026 ◆ Port Fraud Strategy " + page;
            };
            pages.add("\n" + body.get(page - 1) + "\n" + footer + "\n");
        }

        String text = RunningLines.remove(pages);

        assertThat(text).doesNotContain("Port Fraud Strategy").contains(body.toArray(String[]::new));
    }

    @Test
    void fewPagesOrLinesInTheMiddleAreLeftAlone() {
        String page = "Title\na\nb\nc\n12\nd\ne\nf\n";

        String text = RunningLines.remove(List.of(page, "Title\nTwo"));

        assertThat(text).contains(page, "Title\nTwo");
    }
}
