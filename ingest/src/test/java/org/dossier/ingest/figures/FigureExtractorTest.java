package org.dossier.ingest.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dossier.config.domain.Figure;

class FigureExtractorTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 4, 1);
    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void moneyRangeWithQualifierAndPeriod() {
        Figure f = single("Smuggling rings earn an estimated $4 billion to $6 billion annually, police said.");

        assertThat(f.type()).isEqualTo(Figure.MONEY);
        assertThat(f.text()).isEqualTo("$4 billion to $6 billion annually");
        assertThat(f.value()).isEqualTo(4e9);
        assertThat(f.valueMax()).isEqualTo(6e9);
        assertThat(f.currency()).isEqualTo("USD");
        assertThat(f.qualifier()).isEqualTo("estimated");
        assertThat(f.period()).isEqualTo("year");
    }

    @Test
    void versionNumbersAndAddressesAreNoFiguresAndBreakNothing() {
        List<Figure> figures = extractor.extract(
                "Update to 1.2.3 from 10.0.0.1 now; it costs $1.2.3m less and saved $40 million.", PUBLISHED);

        assertThat(figures).extracting(Figure::text).containsExactly("$40 million");
    }

    @Test
    void scaleWrittenOnceAppliesToBothEndsOfARange() {
        Figure f = single("The fund lost between 2 and 3 billion euros.");

        assertThat(f.value()).isEqualTo(2e9);
        assertThat(f.valueMax()).isEqualTo(3e9);
        assertThat(f.currency()).isEqualTo("EUR");
        assertThat(single("Damage reached $2-3 billion.").value()).isEqualTo(2e9);
    }

    @Test
    void upToAndAPerMonthRate() {
        Figure f = single("A single gang can make up to £12 million per month.");

        assertThat(f.qualifier()).isEqualTo("up-to");
        assertThat(f.value()).isEqualTo(12e6);
        assertThat(f.currency()).isEqualTo("GBP");
        assertThat(f.period()).isEqualTo("month");
    }

    @Test
    void conversionInBracketsIsASecondAmountLinkedToTheFirst() {
        List<Figure> figures = extractor.extract("Assets worth over S$5 billion ($3.7 billion) were frozen.");

        assertThat(figures).hasSize(2);
        Figure sgd = figures.get(0);
        Figure usd = figures.get(1);
        assertThat(sgd.currency()).isEqualTo("SGD");
        assertThat(sgd.value()).isEqualTo(5e9);
        assertThat(sgd.qualifier()).isEqualTo("more-than");
        assertThat(usd.currency()).isEqualTo("USD");
        assertThat(usd.value()).isEqualTo(3.7e9);
        assertThat(usd.convertedFrom()).isEqualTo(sgd.start());
    }

    @Test
    void currenciesFromSymbolsCodesAndWords() {
        assertThat(single("a fine of HK$ 10.05 billion").currency()).isEqualTo("HKD");
        assertThat(single("bids of US$ 250 million").currency()).isEqualTo("USD");
        assertThat(single("a payment of EUR 40,000").currency()).isEqualTo("EUR");
        assertThat(single("seized ¥ 300 million").currency()).isEqualTo("JPY");
        assertThat(single("worth 20 million yuan").currency()).isEqualTo("CNY");
        assertThat(single("paid 2.5bn dollars").value()).isEqualTo(2.5e9);
        assertThat(single("a €1.2 mn bribe").value()).isEqualTo(1.2e6);
        assertThat(single("a 3tn economy in dollars, or $3 tn").value()).isEqualTo(3e12);
        Figure cents = single("rose 50 cents");
        assertThat(cents.value()).isEqualTo(0.5);
        assertThat(cents.unit()).isEqualTo("cent");
    }

    @Test
    void countsWithWhatTheyCountAndTheirQualifier() {
        Figure f = single("Police freed over 100,000 workers held in compounds.");

        assertThat(f.type()).isEqualTo(Figure.COUNT);
        assertThat(f.value()).isEqualTo(100_000);
        assertThat(f.counted()).isEqualTo("workers");
        assertThat(f.qualifier()).isEqualTo("more-than");
        assertThat(single("They arrested 6 suspects at the airport.").counted()).isEqualTo("suspects");
        assertThat(single("nearly two hundred people").value()).isEqualTo(200);
    }

    @Test
    void vagueQuantitiesAreRanges() {
        Figure thousands = single("Officials deported thousands of Vietnamese fraud suspects to Hanoi.");
        Figure millions = single("with millions of victims worldwide");
        Figure tensOfThousands = single("tens of thousands of migrants");

        assertThat(thousands.vague()).isTrue();
        assertThat(thousands.counted()).isEqualTo("suspects");
        assertThat(thousands.value()).isEqualTo(1e3);
        assertThat(thousands.valueMax()).isEqualTo(1e6);
        assertThat(millions.value()).isEqualTo(1e6);
        assertThat(millions.counted()).isEqualTo("victims");
        assertThat(tensOfThousands.value()).isEqualTo(1e4);
        assertThat(tensOfThousands.valueMax()).isEqualTo(1e5);
        assertThat(tensOfThousands.text()).isEqualTo("tens of thousands");
    }

    @Test
    void percentagesAndPercentagePoints() {
        assertThat(single("Exports fell 19 % in the quarter.").value()).isEqualTo(19);
        assertThat(single("a rise of 4.8 per cent").unit()).isEqualTo("percent");
        assertThat(single("thirty percent of cases").value()).isEqualTo(30);
        assertThat(single("up 2 percentage points").unit()).isEqualTo("percentage point");
    }

    @Test
    void absolutePartialAndRelativeDates() {
        List<Figure> dates = extractor.extract("On March 3, the court recalled the raid of 14 February 2023, "
                + "the arrests of December 2022, those in November of last year and the 2023-05-09 hearing; "
                + "yesterday it sat again, as it did last year.", PUBLISHED);

        assertThat(dates).extracting(Figure::date).containsExactly(
                "2024-03-03", "2023-02-14", "2022-12", "2023-11", "2023-05-09", "2024-03-31", "2023");
        assertThat(dates).extracting(Figure::type).containsOnly(Figure.DATE);
    }

    @Test
    void aDayAndMonthWellAfterPublicationIsFromTheYearBefore() {
        assertThat(extractor.extract("the vote on December 21", PUBLISHED)).extracting(Figure::date)
                .containsExactly("2023-12-21");
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        assertThat(extractor.extract("in November of last year")).isEmpty();
    }

    @Test
    void namesAndBareNumbersAreNotFigures() {
        assertThat(extractor.extract("Politics Today reported on COVID-19 and Section 230.", PUBLISHED)).isEmpty();
        assertThat(extractor.extract("Visit https://example.org/report?id=30%25 now")).isEmpty();
    }

    @Test
    void offsetsPointAtTheFigureInTheText() {
        String text = "Losses: $48.2 million.";
        Figure f = single(text);

        assertThat(text.substring(f.start(), f.end())).isEqualTo("$48.2 million").isEqualTo(f.text());
    }

    @Test
    void numbersInWordsAndDigits() {
        assertThat(values("one hundred and sixty-one")).containsExactly(161.0);
        assertThat(values("twenty-one trillion")).containsExactly(21e12);
        assertThat(values("three quarters")).containsExactly(0.75);
        assertThat(values("one and a half")).containsExactly(1.5);
        assertThat(values("two hundred point zero three")).containsExactly(200.03);
        assertThat(values("one over three")).containsExactly(1 / 3.0);
        assertThat(values("a dozen")).containsExactly(12.0);
        assertThat(values("three lakh crore")).containsExactly(3e12);
        assertThat(values("1,674.5 million")).containsExactly(1.6745e9);
        assertThat(values("12,34,567.89")).containsExactly(1234567.89);
        assertThat(values("- 1 4/5")).containsExactly(-1.8);
        assertThat(values("10k and 2mil")).containsExactly(1e4, 2e6);
        assertThat(values("192.168.1.2")).containsExactly(192.0, 168.0, 1.0, 2.0);
        assertThat(values("the one you mentioned")).isEmpty();
        assertThat(values("the 180.25ml liquid on May 4th")).isEmpty();
    }

    private Figure single(String text) {
        List<Figure> figures = extractor.extract(text, PUBLISHED);
        assertThat(figures).as(text).hasSize(1);
        return figures.get(0);
    }

    private List<Double> values(String text) {
        return extractor.numbers(text).stream().map(Figure::value).toList();
    }
}
