package org.dossier.resolve.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.dossier.resolve.record.Record;

class BlockerTest {

    private static Record record(String id, String city) {
        return new Record(id, Map.of("city", city));
    }

    @Test
    void aBlockLargerThanTheCapProposesNoPairAndIsListedWithItsMembers() {
        List<Record> records = List.of(record("a", "lyon"), record("b", "paris"), record("c", "paris"),
                record("d", "paris"), record("e", "lyon"));

        Blocker.Candidates candidates = Blocker.pairs(records, List.of(BlockingRule.on("city")), 2);

        // "lyon" (a, e) is compared; "paris" (b, c, d) is too large
        assertThat(candidates.pairs()).containsExactly((long) 0 << 32 | 4);
        assertThat(candidates.oversizeBlocks()).containsExactly(new Blocker.OversizeBlock("city", "paris|", List.of(1, 2, 3)));
        assertThat(candidates.oversizeByRule()).containsExactly(Map.entry("city", 1));
    }

    @Test
    void aPairTwoRulesProposeIsListedOnceAndThePairsInOrder() {
        List<Record> records = List.of(new Record("a", Map.of("city", "lyon", "street", "main")),
                new Record("b", Map.of("city", "paris", "street", "high")),
                new Record("c", Map.of("city", "lyon", "street", "main")),
                new Record("d", Map.of("city", "paris", "street", "main")));

        Blocker.Candidates candidates = Blocker.pairs(records,
                List.of(BlockingRule.on("street"), BlockingRule.on("city")), 10);

        // a-c share both city and street; a-d and c-d the street; b-d the city
        assertThat(candidates.pairs()).containsExactly((long) 0 << 32 | 2, (long) 0 << 32 | 3, (long) 1 << 32 | 3,
                (long) 2 << 32 | 3);
        assertThat(candidates.pairsByRule()).containsExactly(Map.entry("street", 3L), Map.entry("city", 2L));
    }
}
