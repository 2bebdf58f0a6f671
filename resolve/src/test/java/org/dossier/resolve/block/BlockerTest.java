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
}
