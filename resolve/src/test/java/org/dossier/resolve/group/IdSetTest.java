package org.dossier.resolve.group;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdSetTest {

    private static final List<String> DOCUMENTS = List.of("d0", "d1", "d2", "d3", "d4");
    private static final Map<String, Integer> NUMBERS = Map.of("d0", 0, "d1", 1, "d2", 2, "d3", 3, "d4", 4);

    @Test
    void theDocumentsOfAnEntitysNamesAreCountedOnceEachWhateverHowManyOfItsNamesTheyHold() {
        Set<String> ruiz = new IdSet(new int[] {0, 2, 3}, DOCUMENTS, NUMBERS);
        Set<String> anaRuiz = new IdSet(new int[] {2, 3, 4}, DOCUMENTS, NUMBERS);
        Set<String> aRuiz = new IdSet(new int[] {3}, DOCUMENTS, NUMBERS);

        assertThat(IdSet.union(List.of(ruiz, anaRuiz, aRuiz))).isEqualTo(4);
        assertThat(IdSet.union(List.of(aRuiz))).isEqualTo(1);
        // Sets of another kind are gathered as strings, with the same count.
        assertThat(IdSet.union(List.of(ruiz, Set.of("d4", "d9")))).isEqualTo(5);
    }

    @Test
    void twoSetsShareTheElementsTheyBothHoldCountedNoFurtherThanAsked() {
        Set<String> a = new IdSet(new int[] {0, 1, 2, 3}, DOCUMENTS, NUMBERS);
        Set<String> b = new IdSet(new int[] {1, 3, 4}, DOCUMENTS, NUMBERS);

        assertThat(IdSet.shared(a, b, Integer.MAX_VALUE)).isEqualTo(2);
        assertThat(IdSet.shared(a, b, 1)).isEqualTo(1);
        assertThat(IdSet.shared(a, Set.of("d3", "d4"), Integer.MAX_VALUE)).isEqualTo(1);
    }
}
