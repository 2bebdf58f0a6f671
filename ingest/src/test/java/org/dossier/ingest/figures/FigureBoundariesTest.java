package org.dossier.ingest.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dossier.config.domain.Figure;

/** Figures in text as reports carry it: tables, line breaks, addresses and years beside amounts. */
class FigureBoundariesTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void anAmountDoesNotRunOnIntoTheYearOnTheNextLine() {
        List<Figure> figures = extractor.extract("Port security grants\n$40 million\n2009\n$52 million\n2010");

        assertThat(figures).extracting(Figure::type).containsOnly(Figure.MONEY);
        assertThat(figures).extracting(Figure::value).containsExactly(40e6, 52e6);
    }

    @Test
    void numbersDoNotJoinAcrossTabsOrRunsOfSpaces() {
        assertThat(extractor.extract("Training\t$12 million\t2011")).extracting(Figure::value).containsExactly(12e6);
        assertThat(extractor.numbers("Vehicles  17 million  250")).extracting(Figure::value)
                .containsExactly(17e6, 250.0);
        assertThat(extractor.numbers("Seized\t3\t1/2")).extracting(Figure::value).containsExactly(3.0, 0.5);
    }

    @Test
    void numbersInWordsOrDigitsDoNotJoinAcrossALineBreak() {
        assertThat(extractor.numbers("some two hundred\nthree new cases")).extracting(Figure::value)
                .containsExactly(200.0, 3.0);
        assertThat(extractor.numbers("1,000\n500")).extracting(Figure::value).containsExactly(1000.0, 500.0);
        assertThat(extractor.numbers("twenty\nfive")).extracting(Figure::value).containsExactly(20.0, 5.0);
    }

    @Test
    void aScaleOrCurrencyOnAWrappedLineStillBelongsToItsNumber() {
        Figure f = single("The agency froze $14\nbillion in assets.");

        assertThat(f.value()).isEqualTo(14e9);
        assertThat(single("losses of 9 million\neuros").currency()).isEqualTo("EUR");
    }

    @Test
    void aConnectingWordCarriesANumberOverAWrappedLine() {
        assertThat(single("fined one and\na half billion dollars").value()).isEqualTo(1.5e9);
        assertThat(extractor.numbers("some two hundred and\nfive")).extracting(Figure::value).containsExactly(205.0);
        assertThat(single("from $2 million to\n$3 million").valueMax()).isEqualTo(3e6);
    }

    @Test
    void aYearBesideAnAmountStaysOutOfIt() {
        assertThat(single("Budget: $25 million 2006 request").value()).isEqualTo(25e6);
        assertThat(single("2006 $25 million").value()).isEqualTo(25e6);
        Figure spaced = single("2006 $ 25 million");
        assertThat(spaced.value()).isEqualTo(25e6);
        assertThat(spaced.text()).isEqualTo("$ 25 million");
        Figure dashed = single("2019 - $3 million");
        assertThat(dashed.value()).isEqualTo(3e6);
        assertThat(dashed.valueMax()).isNull();
        assertThat(extractor.numbers("5 million 2007")).extracting(Figure::value).containsExactly(5e6, 2007.0);
    }

    @Test
    void numbersAfterAScaleStillAddUpWhereTheyArePartOfIt() {
        assertThat(extractor.numbers("4 thousand 3 hundred")).extracting(Figure::value).containsExactly(4300.0);
        assertThat(extractor.numbers("2 hundred and 15")).extracting(Figure::value).containsExactly(215.0);
    }

    @Test
    void aBareYearIsNeitherACountNorAnAmount() {
        assertThat(extractor.extract("The 2015 reports were revised twice.")).isEmpty();
        assertThat(extractor.extract("Figures for 2015\nincidents by region")).isEmpty();
        assertThat(single("Officers filed 2,015 reports.").counted()).isEqualTo("reports");
        assertThat(single("They paid 2015 dollars.").currency()).isEqualTo("USD");
    }

    @Test
    void anAmountOverAPeriodIsNotDivided() {
        assertThat(single("The loan of $9000 over 3 years was repaid.").value()).isEqualTo(9000);
        assertThat(extractor.numbers("The loan of $9000 over 3 years")).extracting(Figure::value)
                .containsExactly(9000.0, 3.0);
        assertThat(extractor.numbers("600 over 4 months")).extracting(Figure::value).containsExactly(600.0, 4.0);
        assertThat(extractor.numbers("one over four")).extracting(Figure::value).containsExactly(0.25);
    }

    @Test
    void aNumberAfterAnAmountIsItsCentsOnlyWhenItCountsNothing() {
        assertThat(single("The ticket was 12 dollars and 40.").value()).isEqualTo(12.40);
        List<Figure> figures = extractor.extract("They spent $300 and 20 officers searched the house.");
        assertThat(figures).extracting(Figure::value).containsExactly(300.0, 20.0);
        assertThat(figures.get(1).counted()).isEqualTo("officers");
    }

    @Test
    void aPercentWordBeforeANumberMakesNoPercentage() {
        assertThat(extractor.extract("Only a small per cent of 500 accounts were closed."))
                .extracting(Figure::type).containsExactly(Figure.COUNT);
    }

    @Test
    void aNumberBeforeANameIsNoCount() {
        assertThat(extractor.extract("The unit is based at 12 Rue des Lilas, Lyon.")).isEmpty();
        assertThat(extractor.extract("Agents met at 48 Avenue des Ternes last week.")).isEmpty();
        assertThat(extractor.extract("Detectives raided 14 Harbour Road\nresidents said the flat was empty."))
                .isEmpty();
    }

    @Test
    void aPageOrFootnoteNumberCountsNothingOnTheLinesAfterIt() {
        assertThat(extractor.extract("of the report.\n12\n\nWarning Signs\n\nMost victims never report it."))
                .isEmpty();
        assertThat(extractor.extract("as required.\n7 Wire transfers are payments between banks.")).isEmpty();
        assertThat(single("Police arrested 300\npeople overnight.").counted()).isEqualTo("people");
    }

    @Test
    void capitalsStillCountWhereTheyMarkNoName() {
        assertThat(single("Officers detained 14 Albanian nationals.").counted()).isEqualTo("nationals");
        assertThat(single("Customs Seize 300 Counterfeit Passports").counted()).isEqualTo("passports");
        assertThat(single("It deployed 300 FBI agents.").counted()).isEqualTo("agents");
        assertThat(single("Banks filed 2,000 CTRs that month.").counted()).isEqualTo("ctrs");
        assertThat(single("It sent four Coast Guards cutters.").counted()).isEqualTo("cutters");
    }

    private Figure single(String text) {
        List<Figure> figures = extractor.extract(text);
        assertThat(figures).as(text).hasSize(1);
        return figures.get(0);
    }
}
