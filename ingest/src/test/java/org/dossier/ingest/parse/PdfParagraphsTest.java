package org.dossier.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfParagraphsTest {

    @Test
    void linesGivenOneABlockAreJoinedIntoTheirParagraphsWithOneBlankLineBetween() {
        String text = """
                Inspectors of the harbour authority found altered manifests on the timber

                ships that left the port at night, and the warning came from Viktor

                Yanukovych, who had seen the ledgers of the freight line himself.

                A second paragraph says the fine was paid in full by the owners.
                """;

        assertThat(PdfParagraphs.of(text)).isEqualTo("""
                Inspectors of the harbour authority found altered manifests on the timber ships that left \
                the port at night, and the warning came from Viktor Yanukovych, who had seen the ledgers \
                of the freight line himself.

                A second paragraph says the fine was paid in full by the owners.""");
    }

    @Test
    void aSentenceEndingAtAFullLineReadsOnInItsBlockButAShortLastLineEndsTheParagraph() {
        String text = """
                The customs office opened an inquiry into the freight line in March.
                It found that the manifests had been altered before the ships left.
                The owners paid the fine.
                Their lawyers appealed the ruling in the autumn of the same year.
                """;

        assertThat(PdfParagraphs.of(text)).isEqualTo("""
                The customs office opened an inquiry into the freight line in March. It found that the \
                manifests had been altered before the ships left. The owners paid the fine.

                Their lawyers appealed the ruling in the autumn of the same year.""");
    }

    @Test
    void aWordBrokenAtALineEndIsMendedButAHyphenThatBelongsToTheWordStays() {
        String text = """
                The bank was told to stop the flow of funds that helped criminals to launder-
                ing the proceeds, under the rules for anti-money laundering and the anti-
                money laundering programme that the Anti-
                Money Laundering Act requires, and for bulk cash smug-
                gling across the border by the freight line.
                """;

        String paragraph = PdfParagraphs.of(text);

        assertThat(paragraph).contains("to laundering the proceeds", "the anti-money laundering programme",
                "the Anti-Money Laundering Act", "bulk cash smuggling across");
    }

    @Test
    void aLineBrokenAtTheHyphenOfACompoundKeepsItWhenThePartsAreWordsOfTheDocument() {
        String text = """
                The local bank served the whole area, and its staff gave the authority infor-
                mation on the local-
                area network, the ATM-
                like kiosks and a murder-
                for-hire plot, as the newly-
                created office had asked, and as the report says was its duty. The office was created in May.
                """;

        assertThat(PdfParagraphs.of(text)).contains("the authority information on", "the local-area network",
                "the ATM-like kiosks", "a murder-for-hire plot", "the newly-created office");
        assertThat(PdfParagraphs.of("The rule is self-\nexecuting, and the court said so.")).contains("self-executing");
        assertThat(PdfParagraphs.of("Banks must pre-\nvent the transfers, the court said.")).contains("prevent");
    }

    @Test
    void aCapitalisedLineThatALowerCaseLineGoesOnFromIsNoHeading() {
        String text = """
                Reminder of Bank Secrecy Act Obligations
                for Financial Institutions in the Timber Trade

                The Harbour Authority of the Port
                inspected the freight line twice in the spring, and found that its manifests had been
                altered before the ships left.
                """;

        assertThat(PdfParagraphs.of(text).split("\n\n")).containsExactly(
                "Reminder of Bank Secrecy Act Obligations for Financial Institutions in the Timber Trade",
                "The Harbour Authority of the Port inspected the freight line twice in the spring, and found that "
                        + "its manifests had been altered before the ships left.");
    }

    @Test
    void aHyphenStandingForAWordToComeKeepsItsSpace() {
        assertThat(PdfParagraphs.of("Both the pre-\nand post-war records of the port were lost in the fire."))
                .isEqualTo("Both the pre- and post-war records of the port were lost in the fire.");
    }

    @Test
    void headingsStandAloneWhetherNumberedCapitalisedOrInCapitals() {
        String text = """
                1.2 Background
                The authority fined the freight line after inspectors found altered manifests on
                ships that left the port at night in the spring.
                RISK INDICATORS
                Payments routed through shell companies registered in several jurisdictions
                at once are the first sign that the authority looks for.
                Illicit Finance and the Timber Trade
                Timber is shipped under false names to hide where it was cut.
                """;

        assertThat(PdfParagraphs.of(text).split("\n\n")).containsExactly(
                "1.2 Background",
                "The authority fined the freight line after inspectors found altered manifests on ships that left "
                        + "the port at night in the spring.",
                "RISK INDICATORS",
                "Payments routed through shell companies registered in several jurisdictions at once are the first "
                        + "sign that the authority looks for.",
                "Illicit Finance and the Timber Trade",
                "Timber is shipped under false names to hide where it was cut.");
    }

    @Test
    void tableRowsStayOneLineEachWithTheirCellsMarkedAndNumbersNeverRunTogether() {
        String text = """
                The table shows the fines that the authority imposed on the freight line.

                Fiscal Year Appropriation

                2005 $25 million

                2006 —a

                Shrimp 749.7 7.77 448 252.1

                Total 1330.2 12.56 1131 773.4
                """;

        assertThat(PdfParagraphs.of(text).split("\n\n")).containsExactly(
                "The table shows the fines that the authority imposed on the freight line.",
                "Fiscal Year Appropriation",
                "2005 | $25 million",
                "2006 | —a",
                "Shrimp | 749.7 | 7.77 | 448 | 252.1",
                "Total | 1330.2 | 12.56 | 1131 | 773.4");
    }

    @Test
    void proseWithNumbersIsNoTableRow() {
        assertThat(TableRows.isRow("During FY2020 and FY2023")).isFalse();
        assertThat(TableRows.isRow("115-31, P.L. 115-141, P.L. 116-6, P.L. 116-93, P.L. 116-260")).isFalse();
        assertThat(TableRows.isRow("in 2019 the authority fined 12 ships")).isFalse();
        assertThat(TableRows.isRow("12 See 31 CFR § 1010.610.")).isFalse();
        assertThat(TableRows.isRow("8 See 18 U.S.C. 1960")).isFalse();
        assertThat(TableRows.isRow("FY2017 1.0 1.3")).isTrue();
        assertThat(TableRows.isRow("Law Enforcement Cases 74% 83% 82%")).isTrue();
    }

    @Test
    void footnotesAndListItemsStartParagraphsOfTheirOwn() {
        String text = """
                The authority fined the freight line after inspectors found altered manifests.12

                12 See the harbour authority's annual report, which lists the fines of every year
                since the port opened.
                13 Id.
                • Payments through shell companies
                • Cash deposits just under the reporting threshold
                """;

        assertThat(PdfParagraphs.of(text).split("\n\n")).containsExactly(
                "The authority fined the freight line after inspectors found altered manifests.12",
                "12 See the harbour authority's annual report, which lists the fines of every year since the port opened.",
                "13 Id.",
                "• Payments through shell companies",
                "• Cash deposits just under the reporting threshold");
    }

    @Test
    void aParagraphCutByThePageFootnotesReadsOnAtTheTopOfTheNextPage() {
        String first = """
                The authority fined the freight line after inspectors found that the owners had
                failed to keep records of their cargoes, and thus prevented the harbour

                12 See the harbour authority's annual report for the fines of every year.
                13 Id.
                """;
        String second = """
                Master from checking the manifests before the ships left the port at night.
                The owners appealed.
                """;

        assertThat(PdfParagraphs.of(java.util.List.of(first, second)).split("\n\n")).containsExactly(
                "The authority fined the freight line after inspectors found that the owners had failed to keep "
                        + "records of their cargoes, and thus prevented the harbour Master from checking the manifests "
                        + "before the ships left the port at night. The owners appealed.",
                "12 See the harbour authority's annual report for the fines of every year.",
                "13 Id.");
    }

    @Test
    void aNumberStartingALineInMidSentenceIsNoFootnote() {
        String text = """
                The authority said that the freight line had sent timber to as many as
                12 ports in the spring, and that the owners knew of it.
                """;

        assertThat(PdfParagraphs.of(text)).isEqualTo(
                "The authority said that the freight line had sent timber to as many as 12 ports in the spring, "
                        + "and that the owners knew of it.");
    }
}
