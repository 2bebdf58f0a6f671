package org.dossier.resolve.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.Verdict;
import org.dossier.resolve.normalize.NameKind;

/** The comparator with its default weights, on the forms of names news reports use. */
class NameComparatorTest {

    private final NameComparator comparator = new NameComparator(NameModel.standard());

    @Test
    void spellingsOfOnePersonScoreAsTheSame() {
        assertThat(score("Jürgen Stock", "Jurgen Stock", NameKind.PERSON)).isGreaterThan(0.9);
        assertThat(score("Secretary-General Jurgen Stock", "Jürgen Stock", NameKind.PERSON)).isGreaterThan(0.9);
        assertThat(score("Stock, Jürgen", "Jurgen Stock", NameKind.PERSON)).isGreaterThan(0.5);
        assertThat(score("V. Putin", "Vladimir Putin", NameKind.PERSON)).isGreaterThan(0.5);
    }

    @Test
    void differentPeopleWithAWordInCommonDoNot() {
        assertThat(score("Olaf Scholz", "Octavian Scholz", NameKind.PERSON)).isLessThan(0.5);
        assertThat(score("Daniel Ortega", "Daniel Ortiz", NameKind.PERSON)).isLessThan(0.5);
        assertThat(score("Jurgen Stock", "Jurgen Klopp", NameKind.PERSON)).isLessThan(0.5);
    }

    @Test
    void organisationsMatchAcrossLegalFormsAndAcronyms() {
        assertThat(score("Siemens AG", "Siemens Aktiengesellschaft", NameKind.ORGANIZATION)).isGreaterThan(0.5);
        assertThat(score("PLA", "People's Liberation Army", NameKind.ORGANIZATION)).isGreaterThan(0.5);
        assertThat(score("BNP Paribas Securities Services", "BNP Paribas Personal Finance", NameKind.ORGANIZATION))
                .isLessThan(0.5);
    }

    @Test
    void eachFeatureSaysWhatItSawAndWhatItAdded() {
        NameComparison comparison = comparator.compare("Jürgen Stock", "Jurgen Stocks", NameKind.PERSON);

        assertThat(comparison.evidence()).extracting(e -> e.feature().feature())
                .containsExactlyElementsOf(NameFeatures.NAMES);
        assertThat(comparison.explain()).contains("tokens", "jurgen = jurgen", "stock ~ stocks");
        // The contributions add up to the score's log-odds, with the bias.
        double logOdds = Math.log(comparison.score() / (1 - comparison.score()));
        double contributions = comparison.evidence().stream().mapToDouble(NameComparison.Evidence::contribution).sum();
        assertThat(logOdds - contributions).isCloseTo(NameModel.standard().weights().get(NameKind.PERSON).bias(),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void analystsJudgementsTeachTheComparatorAboutPairsTheyDidNotName() {
        // Analysts keep saying that people known by a different first name are the same.
        String[] first = {"bob", "bill", "dick", "peggy", "jim", "ted", "sasha", "pepe", "kostya", "vova"};
        String[] full = {"robert", "william", "richard", "margaret", "james", "edward", "alexander", "jose",
            "konstantin", "vladimir"};
        String[] surnames = {"kowalski", "brandt", "moreau", "rossi", "novak", "silva", "jensen", "horvat"};
        List<Judgement> judgements = new ArrayList<>();
        for (int i = 0; i < first.length; i++) {
            for (String surname : surnames) {
                judgements.add(new Judgement("PERSON:" + first[i] + " " + surname, "PERSON:" + full[i] + " " + surname,
                        Verdict.SAME));
            }
        }
        NameComparator taught = new NameComparator(NameModel.withJudgements(judgements));

        double before = comparator.compare("Nick Petrov", "Nikolai Petrov", NameKind.PERSON).score();
        double after = taught.compare("Nick Petrov", "Nikolai Petrov", NameKind.PERSON).score();

        assertThat(after).isGreaterThan(before);
        assertThat(NameModel.withJudgements(List.of())).isSameAs(NameModel.standard());
    }

    private double score(String a, String b, NameKind kind) {
        return comparator.compare(a, b, kind).score();
    }
}
