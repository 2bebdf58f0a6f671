package org.dossier.config.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void aNameIsFoldedWithoutDiacriticsCaseOrPossessive() {
        assertThat(NameKey.of("Jürgen  STOCK")).isEqualTo("jurgen stock");
        assertThat(NameKey.of("Interpol's")).isEqualTo("interpol");
    }

    @Test
    void aKeyIsTheTypeThenTheTextAndIsReadBackSo() {
        String key = NameKey.key(Mention.PERSON, "jurgen stock");
        assertThat(key).isEqualTo(Mention.PERSON + ":jurgen stock");
        assertThat(NameKey.type(key)).isEqualTo(Mention.PERSON);
        assertThat(NameKey.text(key)).isEqualTo("jurgen stock");
    }

    @Test
    void aTextWithAColonKeepsItAfterTheType() {
        String key = NameKey.key("ORGANIZATION", "aml:cft");
        assertThat(NameKey.type(key)).isEqualTo("ORGANIZATION");
        assertThat(NameKey.text(key)).isEqualTo("aml:cft");
    }

    @Test
    void aKeyWithoutATypeIsAllText() {
        assertThat(NameKey.type("interpol")).isEmpty();
        assertThat(NameKey.text("interpol")).isEqualTo("interpol");
    }
}
