package org.dossier.resolve.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.dossier.resolve.normalize.NameKind;
import org.dossier.resolve.normalize.NameNormalizer;
import org.dossier.resolve.normalize.NormalizedName;

class SameNameEvidenceTest {

    private static boolean plausible(NameKind kind, String a, String b) {
        NormalizedName x = NameNormalizer.normalize(a, kind);
        NormalizedName y = NameNormalizer.normalize(b, kind);
        return SameNameEvidence.plausible(x, y) && SameNameEvidence.plausible(y, x);
    }

    @Test
    void peopleWithTheSameSurnameAndCompatibleFirstNamesMayBeOne() {
        assertThat(plausible(NameKind.PERSON, "Ana M. Berg", "Ana Berg")).isTrue();
        assertThat(plausible(NameKind.PERSON, "A. Berg", "Ana Berg")).isTrue();
        assertThat(plausible(NameKind.PERSON, "Berg", "Ana Berg")).isTrue();
        assertThat(plausible(NameKind.PERSON, "Volodymyr Zelensky", "Volodymyr Zelenskyy")).isTrue();
    }

    @Test
    void peopleWithOtherSurnamesOrOtherFirstNamesAreNot() {
        assertThat(plausible(NameKind.PERSON, "Ana Berg", "Ola Berg")).isFalse();
        assertThat(plausible(NameKind.PERSON, "Ana Berg", "Ana Lund")).isFalse();
        assertThat(plausible(NameKind.PERSON, "Putin", "Biden")).isFalse();
        assertThat(plausible(NameKind.PERSON, "Black", "Ana Block")).isFalse();
        assertThat(plausible(NameKind.PERSON, "Maria", "Mariya")).isFalse();
    }

    @Test
    void organisationsMeetByAcronymByAPartMoreOrLessAndBySpelling() {
        assertThat(plausible(NameKind.ORGANIZATION, "HFO", "Harbour Fraud Office")).isTrue();
        assertThat(plausible(NameKind.ORGANIZATION, "Office of Catch Control", "Harbour Office of Catch Control")).isTrue();
        assertThat(plausible(NameKind.ORGANIZATION, "Harbor Fraud Office", "Harbour Fraud Office")).isTrue();
    }

    @Test
    void organisationsThatShareOnlyAWordOrAnInitialAreNot() {
        assertThat(plausible(NameKind.ORGANIZATION, "Harbour Fraud Office", "Harbour Customs Office")).isFalse();
        assertThat(plausible(NameKind.ORGANIZATION, "Bank", "Harbour Savings Bank")).isFalse();
        assertThat(plausible(NameKind.ORGANIZATION, "HFO", "HSO")).isFalse();
        assertThat(plausible(NameKind.ORGANIZATION, "Department of Fisheries", "Danish Telecom")).isFalse();
        assertThat(plausible(NameKind.ORGANIZATION, "Harbour Party", "Harbour Workers Party")).isFalse();
        assertThat(plausible(NameKind.ORGANIZATION, "DC", "District Court")).isFalse();
        assertThat(plausible(NameKind.ORGANIZATION, "Interior", "Interpol")).isFalse();
        assertThat(plausible(NameKind.ORGANIZATION, "Justice", "Justices")).isFalse();
        assertThat(plausible(NameKind.ORGANIZATION, "Harbour Guard", "Radio Centre of the Harbour Guard")).isFalse();
    }
}
