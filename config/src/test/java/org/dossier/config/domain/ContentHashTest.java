package org.dossier.config.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void sameTextWithOtherWhitespaceAndUnicodeFormsHasOneId() {
        String plain = "Jürgen Stock leads Interpol.\n\nIt has 196 members.";
        String reflowed = "  Ju\u0308rgen Stock leads\u00a0Interpol.  It has 196\tmembers.\n";

        assertThat(ContentHash.of(reflowed)).isEqualTo(ContentHash.of(plain));
    }

    @Test
    void differentTextHasAnotherId() {
        assertThat(ContentHash.of("Interpol has 196 members."))
                .isNotEqualTo(ContentHash.of("Interpol has 195 members."))
                .hasSize(64)
                .matches("[0-9a-f]+");
    }
}
