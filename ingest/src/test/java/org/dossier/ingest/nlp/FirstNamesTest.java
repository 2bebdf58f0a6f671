package org.dossier.ingest.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstNamesTest {

    private final FirstNames firstNames = FirstNames.load();

    @Test
    void aNameOpeningWithACommonFirstNameIsAPersons() {
        assertThat(firstNames.personsName("Gloria Del Mar")).isTrue();
        assertThat(firstNames.personsName("Stanley Fjord")).isTrue();
        assertThat(firstNames.contains("GLORIA")).isTrue();
        assertThat(firstNames.contains("Fjord")).isFalse();
    }

    @Test
    void aBodysWordALegalFormAFirstNameAtTheEndOrAnAcronymKeepTheTaggersType() {
        assertThat(firstNames.personsName("Gloria Savings Bank")).isFalse();
        assertThat(firstNames.personsName("Stanley Fjord Ltd")).isFalse();
        assertThat(firstNames.personsName("Charles Stanley")).isFalse();
        assertThat(firstNames.personsName("Gloria FJD")).isFalse();
        assertThat(firstNames.personsName("Gloria & Fjord")).isFalse();
        assertThat(firstNames.personsName("Royal Fjord")).isFalse();
        assertThat(firstNames.personsName("Gloria")).isFalse();
    }
}
