package org.dossier.ingest.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dossier.config.domain.Mention;

class NameRulesTest {

    /** Spans for each name as the tagger might give them, all in sentence 0. */
    private static List<NameRules.Decision> judge(String text, String... typedNames) {
        List<TokenSpans.Sentenced> spans = new ArrayList<>();
        for (int i = 0; i < typedNames.length; i += 2) {
            String name = typedNames[i + 1];
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int start = at;
                // A name inside one given before it is not another span.
                if (spans.stream().noneMatch(s -> s.span().start() < start + name.length() && start < s.span().end())) {
                    spans.add(new TokenSpans.Sentenced(new NerSpan(at, at + name.length(), typedNames[i]), 0));
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return NameRules.apply(text, spans);
    }

    private static List<String> kept(List<NameRules.Decision> decisions, String text) {
        return decisions.stream().filter(d -> !d.dropped())
                .map(d -> text.substring(d.span().start(), d.span().end())).toList();
    }

    @Test
    void aTitleCasePhraseWhoseWordsTheDocumentWritesInLowerCaseIsNoName() {
        String text = "The Harbour Authority found Weak Oversight Controls in the port. "
                + "Its oversight of the controls was weak, the harbour authority said.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Harbour Authority",
                "ORGANIZATION", "Weak Oversight Controls");

        // A body whose head is an institution stays, though its words are common.
        assertThat(kept(decisions, text)).containsExactly("Harbour Authority");
        assertThat(decisions).anySatisfy(d -> assertThat(d.note()).contains("lower case"));
    }

    @Test
    void aNameOnlyInAHeadingIsNoName() {
        String text = "Lessons From Abroad\n\nRegulators met in Oslo. Kari Nordmann of the Oslo Port Office spoke.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Lessons From Abroad",
                "PERSON", "Kari Nordmann", "ORGANIZATION", "Oslo Port Office");

        assertThat(kept(decisions, text)).containsExactly("Kari Nordmann", "Oslo Port Office");
        assertThat(decisions.get(0).note()).isEqualTo("only in headings");
    }

    @Test
    void aReleasesLongSubtitleIsAHeadingToo() {
        String text = "Harbour Master Falsified Logs and Records, Hiding Cargo Losses and Concealing Theft of Over $90,000\n\n"
                + "The master of the Oslo Port Office hid the losses.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Hiding Cargo Losses",
                "ORGANIZATION", "Oslo Port Office");

        assertThat(kept(decisions, text)).containsExactly("Oslo Port Office");
    }

    @Test
    void anAcronymTakesTheKindOfWhatTheDocumentSpellsOut() {
        String text = "Lenders must run a know your customer (KYC) check and tell the Harbour Fraud Office (HFO). "
                + "The KYC check goes to the HFO within a day.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Harbour Fraud Office",
                "ORGANIZATION", "KYC", "PERSON", "HFO");

        assertThat(kept(decisions, text)).containsExactly("Harbour Fraud Office", "HFO", "HFO");
        assertThat(decisions).filteredOn(d -> !d.dropped() && d.span().end() - d.span().start() == 3)
                .allSatisfy(d -> assertThat(d.span().type()).isEqualTo("ORGANIZATION"));
        assertThat(decisions).filteredOn(NameRules.Decision::dropped)
                .allSatisfy(d -> assertThat(d.note()).contains("know your customer"));
    }

    @Test
    void aGenericHeadStaysOnlyWhenAnOrganisationOfTheDocumentIsCalledSo() {
        String withBank = "Harbour Savings Bank settled. The Bank paid, as every bank must.";
        String without = "The Bank paid, as every bank must.";

        List<NameRules.Decision> fits = judge(withBank, "ORGANIZATION", "Harbour Savings Bank", "ORGANIZATION", "Bank");
        List<NameRules.Decision> none = judge(without, "ORGANIZATION", "Bank");

        assertThat(fits).filteredOn(d -> withBank.startsWith("Bank", d.span().start()))
                .singleElement().satisfies(d -> assertThat(d.note()).isEqualTo(Mention.GENERIC_HEAD));
        assertThat(none).singleElement().satisfies(d -> assertThat(d.dropped()).isTrue());
    }

    @Test
    void rolesDocumentsAndActivitiesAreNoOrganisations() {
        String text = "The Compliance Officer read the Harbour Safety Act and the Port Advisory on fish smuggling. "
                + "Cod Smuggling grew. The Lord Mayor of Bergen was told the Fjord Project is Fjord Stream. Ships run Fjord Linux.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Compliance Officer",
                "ORGANIZATION", "Harbour Safety Act", "ORGANIZATION", "Port Advisory", "ORGANIZATION", "Cod Smuggling",
                "ORGANIZATION", "Lord Mayor of Bergen", "ORGANIZATION", "Fjord Project is Fjord Stream", "ORGANIZATION", "Fjord Linux");

        assertThat(kept(decisions, text)).isEmpty();
        assertThat(decisions).extracting(NameRules.Decision::note).allSatisfy(note -> assertThat(note).isNotBlank());
    }

    @Test
    void aParentBodyBeforeAPossessiveIsACoMentionNotPartOfTheName() {
        String text = "the Ministry of Fisheries’s Office of Catch Control ruled. See the Harbour Board’s Grants Office.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Ministry of Fisheries’s Office of Catch Control",
                "ORGANIZATION", "Harbour Board’s Grants Office");

        // A unit named by what it does ("Grants Office") is its parent's, no body of its own.
        assertThat(kept(decisions, text)).containsExactly("Ministry of Fisheries", "Office of Catch Control", "Harbour Board");
        assertThat(decisions).anySatisfy(d -> assertThat(d.note()).startsWith("a unit of \"Harbour Board\""));
    }

    @Test
    void aLoneWordTheDocumentAlsoGivesAnotherTypeIsAPersonOnlyWithAFullNameOrATitle() {
        String text = "Payments went through Zelle Pay and Zelle. Ana Berg said Berg paid. Mr. Olsen agreed. MSBs and P.L. too.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Zelle Pay", "PERSON", "Ana Berg",
                "PERSON", "Zelle", "PERSON", "Berg", "PERSON", "Olsen", "PERSON", "MSBs", "PERSON", "P.L.");

        assertThat(kept(decisions, text)).containsExactly("Zelle Pay", "Ana Berg", "Berg", "Olsen");
    }

    @Test
    void aTermTheDocumentDefinesIsNoNameUnlessItFollowsOne() {
        String text = "Harbour Savings Bank, N.A. (“Harbour Savings”) failed from 2019 to 2021 (the “Review Window”). "
                + "During the Review Window, Harbour Savings grew.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Harbour Savings Bank",
                "ORGANIZATION", "Review Window", "ORGANIZATION", "Harbour Savings");

        assertThat(kept(decisions, text)).doesNotContain("Review Window").contains("Harbour Savings Bank");
    }

    @Test
    void severalBodiesAreNoOneAndABodysHeadMakesAnOrganisationOfAPerson() {
        String text = "The Departments of Fisheries and Ports met Fjord Air and Kari Nordmann. "
                + "The AML Departments of each bank and the Fjord Health Services wrote.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Departments of Fisheries and Ports",
                "PERSON", "Fjord Air", "PERSON", "Kari Nordmann", "ORGANIZATION", "AML Departments",
                "ORGANIZATION", "Fjord Health Services");

        assertThat(decisions.get(0).dropped()).isTrue();
        assertThat(decisions.get(1).span().type()).isEqualTo("ORGANIZATION");
        assertThat(decisions.get(2).span().type()).isEqualTo("PERSON");
        assertThat(decisions.get(3).dropped()).isTrue();
        assertThat(decisions.get(4).dropped()).isFalse();
    }

    @Test
    void countriesArePlacesAndNationalitiesOrChargesNoNames() {
        String text = "Norway fined Fjord Credit. Norwegian officials cited Wire Fraud.";
        List<TokenSpans.Sentenced> spans = List.of(
                new TokenSpans.Sentenced(new NerSpan(0, 6, "ORGANIZATION"), 0),
                new TokenSpans.Sentenced(new NerSpan(52, 62, "ORGANIZATION"), 1));

        List<NameRules.Decision> decisions = NameRules.apply(text, spans, new NameRules.Gazetteers(
                java.util.Set.of("wire fraud"), java.util.Set.of("norway"), java.util.Set.of("norwegian")), java.util.Map.of());

        assertThat(decisions.get(0).span().type()).isEqualTo("LOCATION");
        assertThat(decisions.get(1).dropped()).isTrue();
    }

    @Test
    void aCountryWrittenWithItsApostropheAndTheAcronymItDefinesArePlaces() {
        String text = "Ships of the Democratic People’s Republic of Fjords (DPRF) docked. The DPRF denied it.";
        int full = text.indexOf("Democratic");
        int first = text.indexOf("DPRF");
        int second = text.lastIndexOf("DPRF");
        List<TokenSpans.Sentenced> spans = List.of(
                new TokenSpans.Sentenced(new NerSpan(full, text.indexOf(" (DPRF"), "ORGANIZATION"), 0),
                new TokenSpans.Sentenced(new NerSpan(first, first + 4, "ORGANIZATION"), 0),
                new TokenSpans.Sentenced(new NerSpan(second, second + 4, "ORGANIZATION"), 1));

        List<NameRules.Decision> decisions = NameRules.apply(text, spans, new NameRules.Gazetteers(
                java.util.Set.of(), java.util.Set.of("democratic people 's republic of fjords"), java.util.Set.of()),
                java.util.Map.of());

        assertThat(decisions).extracting(d -> d.span().type()).containsExactly("LOCATION", "LOCATION", "LOCATION");
    }

    @Test
    void aTimeZoneAfterATimeAndABodyInsideATitleAreNoOrganisations() {
        String text = "The vote closed at 14:00 UTC. The Assistant Secretary of Fisheries for Coasts spoke. "
                + "Boats sailed at 7 p.m. local time (1900 CEST). In 2020 NORDCO bought them.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "UTC", "ORGANIZATION", "Fisheries for Coasts",
                "ORGANIZATION", "CEST", "ORGANIZATION", "NORDCO");

        // A year before a company is no time of day.
        assertThat(kept(decisions, text)).containsExactly("NORDCO");
    }

    @Test
    void aNameEndingWithAnAcronymTheDocumentDefinesAsAConceptIsAKindOfThing() {
        String text = "The agency asked for a suspicious cargo report (SCR) from each port. "
                + "The Harbour Pilots SCR drew comments from the Pilots Guild.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Harbour Pilots SCR",
                "ORGANIZATION", "Pilots Guild");

        assertThat(kept(decisions, text)).containsExactly("Pilots Guild");
        assertThat(decisions.get(0).note()).contains("SCR").contains("a kind of thing");
    }

    @Test
    void theSunTheMoonAndThePlanetsArePlacesUnlessAPersonOfTheDocumentIsCalledSo() {
        String text = "Jupiter rose over the Moon. Anna Mars said Mars was tired.";
        List<TokenSpans.Sentenced> spans = List.of(
                new TokenSpans.Sentenced(new NerSpan(0, 7, "ORGANIZATION"), 0),
                new TokenSpans.Sentenced(new NerSpan(22, 26, "PERSON"), 0),
                new TokenSpans.Sentenced(new NerSpan(28, 37, "PERSON"), 1),
                new TokenSpans.Sentenced(new NerSpan(43, 47, "PERSON"), 1));

        List<NameRules.Decision> decisions = NameRules.apply(text, spans);

        assertThat(decisions).extracting(d -> d.span().type())
                .containsExactly("LOCATION", "LOCATION", "PERSON", "PERSON");
    }

    @Test
    void facilitiesArePlacesStormsNoPeopleAndAGroupOpeningWithANationalityNoPerson() {
        String text = "Flights left Fjord International Airport before Hurricane Olga. Norwegian Harbour Front struck.";
        List<TokenSpans.Sentenced> spans = List.of(
                new TokenSpans.Sentenced(new NerSpan(13, 40, "ORGANIZATION"), 0),
                new TokenSpans.Sentenced(new NerSpan(58, 62, "PERSON"), 0),
                new TokenSpans.Sentenced(new NerSpan(64, 87, "PERSON"), 1));

        List<NameRules.Decision> decisions = NameRules.apply(text, spans, new NameRules.Gazetteers(
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of("norwegian")), java.util.Map.of());

        assertThat(text.substring(13, 40)).isEqualTo("Fjord International Airport");
        assertThat(decisions.get(0).span().type()).isEqualTo("LOCATION");
        assertThat(decisions.get(1).dropped()).isTrue();
        assertThat(decisions.get(2).span().type()).isEqualTo("ORGANIZATION");
    }

    @Test
    void aNameTheDocumentCallsAKindOfThingIsNoBodyOrPersonAnywhereInIt() {
        String text = "Astronomers watched the host star Vela Orionis. Vela Orionis is bright. "
                + "Fjordix Stream is an upstream distribution from Fjordix Labs. Rock star Anna Berg sang. "
                + "Holders of NKRD, a krone-backed stablecoin, sold. Give the device Quill Handset Number.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Vela Orionis",
                "ORGANIZATION", "Fjordix Stream", "ORGANIZATION", "Fjordix Labs", "PERSON", "Anna Berg",
                "ORGANIZATION", "NKRD", "ORGANIZATION", "Quill Handset Number");

        assertThat(kept(decisions, text)).containsExactly("Fjordix Labs", "Anna Berg");
        assertThat(decisions.get(1).note()).contains("a star");
        assertThat(decisions.get(2).note()).contains("a distribution");
    }

    @Test
    void anEventACommonNounInThePluralAndAKindOfPeopleAreNoBodies() {
        String text = "The Fjord Blockchain Conference opened. The House of Delegates met; the Delegates voted, "
                + "as delegates do. Politically Exposed Persons were listed.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Fjord Blockchain Conference",
                "ORGANIZATION", "House of Delegates", "ORGANIZATION", "Delegates",
                "ORGANIZATION", "Politically Exposed Persons");

        assertThat(kept(decisions, text)).containsExactly("House of Delegates");
        assertThat(decisions.get(3).note()).contains("a kind of people");
        assertThat(decisions.get(0).note()).contains("an event");
        assertThat(decisions.get(2).note()).contains("plural");
    }

    @Test
    void aSurnameTakenForABodyIsThePersonAndAPersonWithALegalFormAFirm() {
        String text = "Rocky Del Mar ran again. Del Mar's running mate left. Stanley Volvo founded Volvo Cars; "
                + "Volvo grew. Arne Lindqvist LLP audited it, and Arne Lindqvist signed. Fjord Guard Helm and "
                + "Eastern Helm met; Helm fought.";

        List<NameRules.Decision> decisions = judge(text, "PERSON", "Rocky Del Mar", "ORGANIZATION", "Del Mar",
                "PERSON", "Stanley Volvo", "ORGANIZATION", "Volvo Cars", "ORGANIZATION", "Volvo",
                "ORGANIZATION", "Arne Lindqvist LLP", "PERSON", "Arne Lindqvist", "PERSON", "Fjord Guard Helm",
                "ORGANIZATION", "Eastern Helm", "ORGANIZATION", "Helm");

        assertThat(decisions).extracting(d -> text.substring(d.span().start(), d.span().end()) + "/" + d.span().type())
                .contains("Del Mar/PERSON", "Volvo/ORGANIZATION", "Arne Lindqvist/ORGANIZATION", "Helm/ORGANIZATION");
    }

    @Test
    void anAcronymSpelledOutByACompoundOrAQuotedTermIsThatTerm() {
        String text = "The agency issued a notice of proposed rulemaking (NPRM) and sold a \"Master Savings Plan\" (MSP). "
                + "The NPRM and the MSP drew comments from the Harbour Guild.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "NPRM", "ORGANIZATION", "MSP",
                "ORGANIZATION", "Harbour Guild");

        assertThat(kept(decisions, text)).containsExactly("Harbour Guild");
        assertThat(decisions).filteredOn(NameRules.Decision::dropped)
                .allSatisfy(d -> assertThat(d.note()).containsAnyOf("\"notice of proposed rulemaking\"", "\"Master Savings Plan\""));
    }

    @Test
    void anAcronymSpelledOutInTheBracketAfterItIsWhatItSpells() {
        String text = "Critics of CPT (copy prevention technology, as its makers call it) met the HGC (Harbour Guild Council) "
                + "in Leeds. The CPT rules and the HGC budget were discussed.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "CPT", "ORGANIZATION", "HGC",
                "ORGANIZATION", "Harbour Guild Council", "LOCATION", "Leeds");

        assertThat(kept(decisions, text)).containsExactly("HGC", "Harbour Guild Council", "Leeds", "HGC");
        assertThat(decisions).filteredOn(NameRules.Decision::dropped)
                .allSatisfy(d -> assertThat(d.note()).contains("\"copy prevention technology\""));
    }

    @Test
    void aCourtOrOfficeAndWhatItIsForAreOneNameAndACitationsLatinJoinedBodiesAndABulletinNone() {
        String text = "On May 2, the Federal District Court for the Eastern District of Nordland entered a judgment. "
                + "The Relief Office for Coastal Towns paid.\n\n4 Ibid.\n\n5 Harbour Guild for the Coast said so. "
                + "The RO/HG team wrote. Register for Harbour Bulletins.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Federal District Court",
                "ORGANIZATION", "Eastern District of Nordland", "ORGANIZATION", "Relief Office", "LOCATION", "Coastal Towns",
                "ORGANIZATION", "Ibid", "ORGANIZATION", "Harbour Guild", "LOCATION", "Coast", "ORGANIZATION", "RO/HG",
                "ORGANIZATION", "Harbour Bulletins");

        assertThat(kept(decisions, text)).containsExactly(
                "Federal District Court for the Eastern District of Nordland", "Relief Office for Coastal Towns",
                "Harbour Guild", "Coast");
        assertThat(decisions.get(0).note()).contains("what it is for");
        assertThat(decisions).anySatisfy(d -> assertThat(d.note()).contains("citation's Latin"));
        assertThat(decisions).anySatisfy(d -> assertThat(d.note()).contains("two bodies"));
    }

    @Test
    void aNameTheDocumentGivesAnAgeOrCallsAPseudonymIsAPerson() {
        String text = "Two workers, Tarun Vale, 28, and Mira (a pseudonym), spoke. Mira said the Harbour Guild, "
                + "founded in 1990, helped. Tarun Vale agreed.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Tarun Vale", "ORGANIZATION", "Mira",
                "ORGANIZATION", "Harbour Guild");

        assertThat(decisions).extracting(d -> text.substring(d.span().start(), d.span().end()) + "/" + d.span().type())
                .containsExactly("Tarun Vale/PERSON", "Mira/PERSON", "Mira/PERSON", "Harbour Guild/ORGANIZATION",
                        "Tarun Vale/PERSON");
    }

    @Test
    void anOccupationMakesAPersonAKindOfBodyAnOrganisationAndAPlaceAndOfAPlace() {
        String text = "The ticket of businessman Rollo Dane Vasquez won. Dane Vasquez, a retired lawyer, thanked "
                + "her organisation: Quiet Lanterns. Quiet Lanterns grew. Voters in the electoral district of Marrow "
                + "met in Marrow. Investor Harbour Guild paid.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Rollo Dane Vasquez", "ORGANIZATION", "Dane Vasquez",
                "PERSON", "Quiet Lanterns", "PERSON", "Marrow", "ORGANIZATION", "Harbour Guild");

        assertThat(decisions).extracting(d -> text.substring(d.span().start(), d.span().end()) + "/" + d.span().type())
                .containsExactly("Rollo Dane Vasquez/PERSON", "Dane Vasquez/PERSON", "Quiet Lanterns/ORGANIZATION",
                        "Quiet Lanterns/ORGANIZATION", "Marrow/LOCATION", "Marrow/LOCATION", "Harbour Guild/ORGANIZATION");
    }

    @Test
    void aPhraseWithoutWordsAfterANameSaysNothingOfIt() {
        String text = "Scores: Harbour Guild, a 1-0. Anna Berg is a 2019.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Harbour Guild", "PERSON", "Anna Berg");

        assertThat(decisions).extracting(d -> text.substring(d.span().start(), d.span().end()) + "/" + d.span().type())
                .containsExactly("Harbour Guild/ORGANIZATION", "Anna Berg/PERSON");
    }

    @Test
    void aCitationATimeZoneAndAShortFormOfWordsNoNameIsInAreNoNames() {
        String text = "See 81 Fed. Reg. 35441 (2016). The quake struck at night (2053 Friday, UTC). Coins like "
                + "Quillcoin (QLC) moved through Fjord Bank (FB) and the Harbour Savings Bank (HSB).";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Fed", "ORGANIZATION", "UTC",
                "ORGANIZATION", "QLC", "ORGANIZATION", "Fjord Bank", "ORGANIZATION", "FB",
                "ORGANIZATION", "Harbour Savings Bank", "ORGANIZATION", "HSB");

        assertThat(kept(decisions, text)).containsExactly("Fjord Bank", "FB", "Harbour Savings Bank", "HSB");
        assertThat(decisions.get(0).note()).contains("citation");
        assertThat(decisions.get(1).note()).contains("time zone");
        assertThat(decisions.get(2).note()).contains("Tether (USDT)");
    }

    @Test
    void universalTimesLettersTheDocumentDefinesAreAName() {
        String text = "Union Transfer Corporation (\"UTC\") sold shares. UTC's chief left.";

        List<NameRules.Decision> decisions = judge(text, "ORGANIZATION", "Union Transfer Corporation",
                "ORGANIZATION", "UTC");

        assertThat(kept(decisions, text)).containsExactly("Union Transfer Corporation", "UTC", "UTC");
    }
}
