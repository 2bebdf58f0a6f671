package org.dossier.ingest.neardup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class MinHashTest {

    private static final Path TEXTS = Path.of("src/test/resources/near-duplicates");

    @Test
    void aRepublishedStorySharesABandAndMostOfItsSignatureAnUnrelatedOneNeither() throws IOException {
        List<Integer> original = MinHash.of(Files.readString(TEXTS.resolve("wire-story.txt")));
        List<Integer> republished = MinHash.of(Files.readString(TEXTS.resolve("republished.txt")));
        List<Integer> other = MinHash.of(Files.readString(TEXTS.resolve("other-story.txt")));

        assertThat(original).hasSize(MinHash.SIZE);
        assertThat(MinHash.similarity(original, republished)).isGreaterThanOrEqualTo(MinHash.THRESHOLD);
        assertThat(Collections.disjoint(MinHash.bands(original), MinHash.bands(republished))).isFalse();
        assertThat(MinHash.similarity(original, other)).isLessThan(0.2);
        assertThat(Collections.disjoint(MinHash.bands(original), MinHash.bands(other))).isTrue();
    }

    @Test
    void againstASignatureKnownOnlyByItsSortedValuesTheEstimateIsTheSame() throws IOException {
        List<Integer> original = MinHash.of(Files.readString(TEXTS.resolve("wire-story.txt")));
        for (String name : List.of("republished.txt", "other-story.txt", "wire-story.txt")) {
            List<Integer> text = MinHash.of(Files.readString(TEXTS.resolve(name)));
            int[] sorted = text.stream().mapToInt(Integer::intValue).sorted().toArray();

            assertThat(MinHash.similarity(original, sorted)).as(name).isEqualTo(MinHash.similarity(original, text));
        }
        assertThat(MinHash.similarity(original, new int[0])).isZero();
    }

    @Test
    void theSameTextGivesTheSameSignatureWhateverItsCaseAndPunctuation() {
        assertThat(MinHash.of("The port fined the firm, said Ines Varga."))
                .isEqualTo(MinHash.of("the PORT fined the firm said ines varga"));
        assertThat(MinHash.bands(MinHash.of("Short text"))).hasSize(MinHash.BANDS);
        assertThat(MinHash.of("  ... ")).isEmpty();
        assertThat(MinHash.bands(List.of())).isEmpty();
    }
}
