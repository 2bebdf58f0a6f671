package org.dossier.resolve.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.dossier.resolve.mention.MentionView;

class InDocumentLinkerTest {

    @Test
    void aSurnameAndATitledNameStandForTheFullNameTheyFollow() {
        Document doc = new Document("Interpol's Secretary-General Jürgen Stock said on Monday that Stock would "
                + "not stand again. Jurgen Stock spoke in Lyon.");
        doc.mention("PERSON", "Secretary-General Jürgen Stock");
        doc.mention("PERSON", "Stock");
        doc.mention("PERSON", "Jurgen Stock");

        Map<String, String> keys = InDocumentLinker.link(doc.mentions).keys();

        assertThat(keys.values()).containsOnly("PERSON:jurgen stock");
    }

    @Test
    void aLoneWordStandsForTheFullNameItIsTheSurnameOfBeforeOneItIsAMiddleNameOf() {
        Document doc = new Document("Lars K. Berg and Anna Berg Holm were charged. Berg denied it.");
        doc.mention("PERSON", "Lars K. Berg");
        doc.mention("PERSON", "Anna Berg Holm");
        doc.mention("PERSON", "Berg");

        Map<String, String> keys = InDocumentLinker.link(doc.mentions).keys();

        assertThat(keys).containsEntry("m2", "PERSON:lars k berg");
    }

    @Test
    void aSurnameOfSeveralWordsStandsForTheFullNameItEnds() {
        Document doc = new Document("Gloria De La Mar ran for office. De La Mar lost; Mar Lindqvist won. "
                + "IM Mar Lindqvist said Mar Lindqvist would play.");
        doc.mention("PERSON", "Gloria De La Mar");
        doc.mention("PERSON", "De La Mar");
        doc.mention("PERSON", "Mar Lindqvist");
        doc.mention("PERSON", "IM Mar Lindqvist");
        doc.mention("PERSON", "Mar Lindqvist");

        Map<String, String> keys = InDocumentLinker.link(doc.mentions).keys();

        assertThat(keys).containsEntry("m1", "PERSON:gloria de la mar").containsEntry("m2", "PERSON:mar lindqvist")
                .containsEntry("m4", "PERSON:mar lindqvist");
    }

    @Test
    void anAcronymInBracketsOrLaterStandsForTheOrganisationSpelledOut() {
        Document doc = new Document("The International Criminal Police Organization (Interpol) met. Interpol said "
                + "the ICPO would act. The International Criminal Police Organization agreed.");
        doc.mention("ORGANIZATION", "International Criminal Police Organization");
        doc.mention("ORGANIZATION", "Interpol");
        doc.mention("ORGANIZATION", "Interpol");
        doc.mention("ORGANIZATION", "ICPO");
        doc.mention("ORGANIZATION", "International Criminal Police Organization");

        Map<String, String> keys = InDocumentLinker.link(doc.mentions).keys();

        assertThat(keys.values()).containsOnly("ORGANIZATION:international criminal police organization");
        // an organisation's short forms name it beyond the document too
        assertThat(InDocumentLinker.link(doc.mentions).definitions()).containsOnly(
                Map.entry("ORGANIZATION:interpol", "ORGANIZATION:international criminal police organization"),
                Map.entry("ORGANIZATION:icpo", "ORGANIZATION:international criminal police organization"));
    }

    @Test
    void anAcronymSpellingTheCountryBeforeABodyStandsForTheBodyKnownWithOrWithoutIt() {
        Document doc = new Document("The U.S. Agency for Coastal Relief (USACR) paid. The USACR and the United States "
                + "Agency for Coastal Relief agreed.");
        doc.mention("ORGANIZATION", "U.S. Agency for Coastal Relief");
        doc.mention("ORGANIZATION", "USACR");
        doc.mention("ORGANIZATION", "USACR");
        doc.mention("ORGANIZATION", "United States Agency for Coastal Relief");

        Map<String, String> keys = InDocumentLinker.link(doc.mentions).keys();

        assertThat(keys.values()).containsOnly("ORGANIZATION:agency for coastal relief");
    }

    @Test
    void theWordThatEndsAnOrganisationsNameStandsForItAndAGenericHeadForTheOrganisationItHeads() {
        Document doc = new Document("The Church of Scientology said Scientology would appeal; the Church declined.");
        doc.mention("ORGANIZATION", "The Church of Scientology");
        doc.mention("ORGANIZATION", "Scientology");
        doc.mention("ORGANIZATION", "the Church");

        Map<String, String> keys = InDocumentLinker.link(doc.mentions).keys();

        assertThat(keys.get("m0")).isEqualTo("ORGANIZATION:church of scientology");
        assertThat(keys.get("m1")).isEqualTo("ORGANIZATION:church of scientology");
        assertThat(keys.get("m2")).isEqualTo("ORGANIZATION:church of scientology");
    }

    @Test
    void aPluralAfterOfNamesTheMembersNotTheBody() {
        Document doc = new Document("The Assembly of Delegates voted; two Delegates abstained.");
        doc.mention("ORGANIZATION", "Assembly of Delegates");
        doc.mention("ORGANIZATION", "Delegates");

        assertThat(InDocumentLinker.link(doc.mentions).keys()).containsEntry("m1", "ORGANIZATION:delegates");
    }

    @Test
    void aHeadlineSurnameStandsForTheOneFullNameAfterIt() {
        Document doc = new Document("Speaker Pelosi announces inquiry. Yesterday Nancy Pelosi said Pelosi would act.");
        doc.mention("PERSON", "Speaker Pelosi");
        doc.mention("PERSON", "Nancy Pelosi");
        doc.mention("PERSON", "Pelosi");

        Map<String, String> keys = InDocumentLinker.link(doc.mentions).keys();

        assertThat(keys.values()).containsOnly("PERSON:nancy pelosi");
    }

    @Test
    void aNameBeforeTwoFullFormsItCouldStandForKeepsItsOwnKey() {
        Document doc = new Document("Stock rose. Later Jurgen Stock and Maria Stock spoke with Anna Berg; Berg agreed.");
        doc.mention("PERSON", "Stock");
        doc.mention("PERSON", "Jurgen Stock");
        doc.mention("PERSON", "Maria Stock");
        doc.mention("PERSON", "Anna Berg");
        doc.mention("PERSON", "Berg");

        Map<String, String> keys = InDocumentLinker.link(doc.mentions).keys();

        assertThat(keys.get(doc.mentions.get(0).id())).isEqualTo("PERSON:stock");
        assertThat(keys.get(doc.mentions.get(4).id())).isEqualTo("PERSON:anna berg");
    }

    @Test
    void aSurnameSharedByTwoPeopleStandsForTheOneNamedFirst() {
        Document doc = new Document("The complaint names Pavel R. Lindgren. Lindgren and his wife, Astrid M. Lindgren, "
                + "moved the funds; Lindgren then left.");
        doc.mention("PERSON", "Pavel R. Lindgren");
        doc.mention("PERSON", "Lindgren");
        doc.mention("PERSON", "Astrid M. Lindgren");
        doc.mention("PERSON", "Lindgren");

        Map<String, String> keys = InDocumentLinker.link(doc.mentions).keys();

        assertThat(keys).containsEntry("m1", "PERSON:pavel r lindgren").containsEntry("m2", "PERSON:astrid m lindgren")
                .containsEntry("m3", "PERSON:pavel r lindgren");
    }

    @Test
    void aFirstNameTwoPeopleShareStandsForNeither() {
        Document doc = new Document("Orvar Nyqvist met Orvar Dahl and Elin Sund. Orvar left; Elin stayed.");
        doc.mention("PERSON", "Orvar Nyqvist");
        doc.mention("PERSON", "Orvar Dahl");
        doc.mention("PERSON", "Elin Sund");
        doc.mention("PERSON", "Orvar");
        doc.mention("PERSON", "Elin");

        Map<String, String> keys = InDocumentLinker.link(doc.mentions).keys();

        assertThat(keys).containsEntry("m3", "PERSON:orvar").containsEntry("m4", "PERSON:elin sund");
    }

    @Test
    void anAcronymInBracketsAfterWordsItDoesNotFitStandsForNoOtherNameOfTheDocument() {
        Document doc = new Document("The Nordic Savings Treasury paid. Tokens like Quillcoin (NST) moved.");
        doc.mention("ORGANIZATION", "Nordic Savings Treasury");
        doc.mention("ORGANIZATION", "NST");

        Map<String, String> keys = InDocumentLinker.link(doc.mentions).keys();

        assertThat(keys).containsEntry("m1", "ORGANIZATION:nst");
    }

    @Test
    void aSurnameATitleGivesASexStandsForTheOnePersonOfThatSex() {
        Document doc = new Document("Relief defendant Sunniva Lindgren was named. Lindgren kept the money. "
                + "Mr. Lindgren ran the fund. Daniel Lindgren pleaded guilty.");
        doc.mention("PERSON", "Sunniva Lindgren");
        doc.mention("PERSON", "Lindgren");
        doc.mention("PERSON", "Lindgren");
        doc.mention("PERSON", "Daniel Lindgren");

        Map<String, String> keys = InDocumentLinker.link(doc.mentions).keys();

        assertThat(keys).containsEntry("m1", "PERSON:daniel lindgren").containsEntry("m2", "PERSON:daniel lindgren")
                .containsEntry("m0", "PERSON:sunniva lindgren");
    }

    /** A document's text, with mentions placed where their text occurs. */
    @Test
    void anAcronymInBracketsThatDoesNotFitTheNameBeforeItIsNotItsShortForm() {
        Document doc = new Document("Harbour Savings Bank (HSB) ran its Harbour Savings Bank (AML) desk.");
        doc.mention("ORGANIZATION", "Harbour Savings Bank");
        doc.mention("ORGANIZATION", "HSB");
        doc.mention("ORGANIZATION", "Harbour Savings Bank");
        doc.mention("ORGANIZATION", "AML");

        InDocumentLinker.Links links = InDocumentLinker.link(doc.mentions);

        assertThat(links.keys()).containsEntry("m1", "ORGANIZATION:harbour savings bank")
                .containsEntry("m3", "ORGANIZATION:aml");
        assertThat(links.definitions()).containsOnlyKeys("ORGANIZATION:hsb");
    }

    @Test
    void aGenericHeadStandsForTheOrganisationTheDocumentMostlyNamesOrForNothing() {
        Document one = new Document("Harbour Savings Bank paid. Harbour Savings Bank and Fjord Bank met. The Bank agreed.");
        one.mention("ORGANIZATION", "Harbour Savings Bank");
        one.mention("ORGANIZATION", "Harbour Savings Bank");
        one.mention("ORGANIZATION", "Fjord Bank");
        one.mention("ORGANIZATION", "Bank");
        Document even = new Document("Fjord Bank and Harbour Savings Bank met. The Bank agreed.");
        even.mention("ORGANIZATION", "Fjord Bank");
        even.mention("ORGANIZATION", "Harbour Savings Bank");
        even.mention("ORGANIZATION", "Bank");

        assertThat(InDocumentLinker.link(one.mentions).keys()).containsEntry("m3", "ORGANIZATION:harbour savings bank");
        assertThat(InDocumentLinker.link(even.mentions).keys()).doesNotContainKey("m2");
        assertThat(InDocumentLinker.link(one.mentions).definitions()).isEmpty();
    }

    private static final class Document {
        private final String text;
        private final List<MentionView> mentions = new ArrayList<>();

        Document(String text) {
            this.text = text;
        }

        /** The next place the text occurs after the mentions placed so far. */
        void mention(String type, String surface) {
            int from = mentions.isEmpty() ? 0 : mentions.get(mentions.size() - 1).end();
            int start = text.indexOf(surface, from);
            mentions.add(new MentionView("m" + mentions.size(), "doc", type, surface, start, start + surface.length(),
                    start > 0 && text.charAt(start - 1) == '(', text.substring(0, start + surface.length())));
        }
    }
}
