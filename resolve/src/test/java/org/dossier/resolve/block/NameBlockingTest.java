package org.dossier.resolve.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.normalize.NameKind;
import org.dossier.resolve.normalize.NameNormalizer;

class NameBlockingTest {

    private static NameGroup name(String type, String text) {
        var name = NameNormalizer.normalize(text, NameKind.of(type));
        return new NameGroup(type + ":" + String.join(" ", name.tokens()), name, Map.of(text, 1), 1, Set.of("d"), Set.of());
    }

    @Test
    void namesMeetByWordOrderSurnameAndInitialSoundAndAcronymButOnlyWithinTheirType() {
        List<NameGroup> groups = List.of(name("PERSON", "Xi Jinping"), name("PERSON", "Jinping Xi"),
                name("PERSON", "Jürgen Stock"), name("PERSON", "J. Stock"), name("PERSON", "Juergen Stok"),
                name("ORGANIZATION", "International Criminal Police Organization"), name("ORGANIZATION", "ICPO"),
                name("ORGANIZATION", "Stock"));

        Blocker.Candidates candidates = NameBlocking.candidates(groups, 500);

        assertThat(candidates.pairs()).contains(pair(0, 1), pair(2, 3), pair(2, 4), pair(5, 6))
                .doesNotContain(pair(3, 7), pair(2, 7), pair(0, 2));
    }

    private static long pair(int i, int j) {
        return (long) i << 32 | j;
    }
}
