package org.dossier.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void headingsListsAndTablesAreParagraphsAndWrappedLinesAreJoined() {
        String markdown = """
                Title
                =====

                ## Findings ##

                The agency *lost* $233 billion
                to __fraud__, see [the report](https://example.org/r(1)) and `code`.

                - first item
                - second item
                  wrapped
                3. third item

                > quoted line

                | Year | Amount |
                |------|-------:|
                | 2023 | $5 bn  |

                ***
                ![chart of losses](chart.png)
                [ref]: https://example.org
                """;

        assertThat(MarkdownText.of(markdown)).isEqualTo("""
                Title

                Findings

                The agency lost $233 billion to fraud, see the report and code.

                first item

                second item wrapped

                3. third item

                quoted line

                Year | Amount

                2023 | $5 bn

                chart of losses""");
    }
}
