package org.dossier.resolve.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    @Test
    void diacriticsCaseTitlesAndPossessivesComeOffAPerson() {
        assertThat(tokens("Jürgen Stock", NameKind.PERSON)).isEqualTo("jurgen stock");
        assertThat(tokens("Secretary-General Jürgen Stock", NameKind.PERSON)).isEqualTo("jurgen stock");
        assertThat(tokens("Interpol's Secretary-General Jürgen Stock", NameKind.PERSON)).isEqualTo("jurgen stock");
        assertThat(tokens("Dr. Angela Merkel's", NameKind.PERSON)).isEqualTo("angela merkel");
        assertThat(tokens("Łukasz Søren Groß", NameKind.PERSON)).isEqualTo("lukasz soren gross");
        // A title alone is all the name there is.
        assertThat(tokens("General", NameKind.PERSON)).isEqualTo("general");
    }

    @Test
    void otherScriptsAreWrittenInLatinLetters() {
        assertThat(tokens("Ротенберг Аркадий", NameKind.PERSON)).isEqualTo("rotenberg arkadij");
        assertThat(tokens("习近平", NameKind.PERSON)).isEqualTo("xi jin ping");
    }

    @Test
    void arabicParticlesAndInitialsHaveOneSpelling() {
        assertThat(tokens("Bachar el-Assad", NameKind.PERSON)).isEqualTo("bachar al assad");
        assertThat(tokens("Usama ibn Laden", NameKind.PERSON)).isEqualTo("usama bin laden");
        assertThat(tokens("J.-C. Juncker", NameKind.PERSON)).isEqualTo("j c juncker");
    }

    @Test
    void legalFormsAreTakenOutInOneSpellingWhereverTheyStand() {
        NormalizedName siemens = NameNormalizer.normalize("Siemens Aktiengesellschaft", NameKind.ORGANIZATION);
        NormalizedName gazprom = NameNormalizer.normalize("Open Joint Stock Company Gazprom", NameKind.ORGANIZATION);
        NormalizedName missiles = NameNormalizer.normalize("JSC Tactical Missiles Corporation", NameKind.ORGANIZATION);
        NormalizedName bowne = NameNormalizer.normalize("Bowne Global Solutions, S.A.R.L.", NameKind.ORGANIZATION);

        assertThat(siemens.tokens()).containsExactly("siemens");
        assertThat(siemens.legalForms()).containsExactly("ag");
        assertThat(gazprom.tokens()).containsExactly("gazprom");
        assertThat(gazprom.legalForms()).containsExactly("ojsc");
        assertThat(missiles.tokens()).containsExactly("tactical", "missiles");
        assertThat(missiles.legalForms()).containsExactly("corp", "jsc");
        assertThat(bowne.legalForms()).containsExactly("sarl");
        // A name that is all legal form keeps its word.
        assertThat(NameNormalizer.normalize("Company", NameKind.ORGANIZATION).tokens()).containsExactly("company");
    }

    @Test
    void numbersAreDigitsAndAmpersandIsAnd() {
        assertThat(tokens("Brigade Forty-Four", NameKind.ORGANIZATION)).isEqualTo("brigade 44");
        assertThat(tokens("1st International Bank", NameKind.ORGANIZATION)).isEqualTo("1 international bank");
        assertThat(tokens("First International Bank", NameKind.ORGANIZATION)).isEqualTo("1 international bank");
        assertThat(tokens("Standard & Poor's", NameKind.ORGANIZATION)).isEqualTo("standard and poor");
    }

    @Test
    void aCountryBeforeABodysLongNameComesOffAndStaysBeforeAShortOne() {
        assertThat(tokens("U.S. Department of the Treasury", NameKind.ORGANIZATION)).isEqualTo("department of the treasury");
        assertThat(tokens("United States Department of the Treasury", NameKind.ORGANIZATION)).isEqualTo("department of the treasury");
        assertThat(tokens("the US Agency for Global Media", NameKind.ORGANIZATION)).isEqualTo("agency for global media");
        assertThat(tokens("U.S. Postal Service", NameKind.ORGANIZATION)).isEqualTo("u s postal service");
        assertThat(tokens("US Steel Corporation", NameKind.ORGANIZATION)).isEqualTo("us steel");
        // A person is no body.
        assertThat(tokens("Ulysses S. Grant Junior", NameKind.PERSON)).isEqualTo("ulysses s grant junior");
    }

    private static String tokens(String name, NameKind kind) {
        return String.join(" ", NameNormalizer.normalize(name, kind).tokens());
    }
}
