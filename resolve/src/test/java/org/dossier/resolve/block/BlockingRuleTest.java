package org.dossier.resolve.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.dossier.resolve.normalize.NameNormalizer;

class BlockingRuleTest {

    @Test
    void aValueIsFoldedAsTheNormaliserFoldsItsWordsWhetherOrNotItIsPlainWords() {
        List<String> values = new ArrayList<>(List.of("PERSON", "ORGANIZATION", "SM0 J", "jurgen stock", "O'Brien",
                "U.S. Department", "  two  spaces", "trailing ", " leading", "Jürgen", "a&b", "x-y", "", "abc123",
                "İstanbul", "Smith's", "ICPO", "i c p o", "Ｆｕｌｌ ｗｉｄｔｈ"));
        Random random = new Random(11);
        String alphabet = "abcXYZ019 .'&-üß";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder value = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(value.toString());
        }

        for (String value : values) {
            assertThat(BlockingRule.fold(value)).as(value).isEqualTo(String.join(" ", NameNormalizer.words(value)));
        }
    }
}
