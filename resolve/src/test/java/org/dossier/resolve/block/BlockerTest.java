package org.dossier.resolve.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

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

    @Test
    void thePartsTogetherMakeEveryPairThatSharesACompareableBlockOnceWhateverTheirNumber() {
        // given: records whose three fields often agree, so that rules propose the same pairs and some blocks are too large
        Random random = new Random(7);
        List<Record> records = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            records.add(new Record("r" + i, Map.of("a", "a" + random.nextInt(60), "b", "b" + random.nextInt(25),
                    "c", "c" + random.nextInt(90))));
        }
        List<BlockingRule> rules = List.of(BlockingRule.on("a"), BlockingRule.on("b"), BlockingRule.on("c"));
        int max = 12;
        // the pairs by their definition: two records in one block of at most max under some rule
        TreeSet<Long> expected = new TreeSet<>();
        Map<String, Long> proposed = new HashMap<>();
        for (BlockingRule rule : rules) {
            Map<String, List<Integer>> blocks = new HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                blocks.computeIfAbsent(rule.key().apply(records.get(i)), k -> new ArrayList<>()).add(i);
            }
            blocks.values().stream().filter(block -> block.size() <= max).forEach(block -> {
                for (int x = 0; x < block.size(); x++) {
                    for (int y = x + 1; y < block.size(); y++) {
                        expected.add((long) block.get(x) << 32 | block.get(y));
                        proposed.merge(rule.name(), 1L, Long::sum);
                    }
                }
            });
        }
        Blocker.Candidates whole = Blocker.pairs(records, rules, max);
        assertThat(whole.oversizeBlocks()).isNotEmpty();

        Blocker.Blocks blocks = Blocker.blocks(records, rules, max);
        for (int parts = 1; parts <= 5; parts++) {
            List<Blocker.Candidates> made = new ArrayList<>();
            for (int part = 0; part < parts; part++) {
                made.add(blocks.pairs(part, parts));
            }
            long[] all = made.stream().flatMapToLong(c -> Arrays.stream(c.pairs())).sorted().toArray();
            // then: every pair once, as by definition, each part's in order
            assertThat(all).as("%d parts", parts).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
            made.forEach(c -> assertThat(c.pairs()).isSorted());
            // and about as many pairs proposed in each part
            long[] proposedByPart = made.stream().mapToLong(c -> c.pairsByRule().values().stream().mapToLong(Long::longValue)
                    .sum()).toArray();
            double mean = Arrays.stream(proposedByPart).average().orElseThrow();
            assertThat(Arrays.stream(proposedByPart).max().orElseThrow()).as("%d parts", parts).isLessThan((long) (mean * 1.1));
            Blocker.Candidates together = Blocker.Candidates.of(all, made);
            assertThat(together.pairsByRule()).containsExactlyInAnyOrderEntriesOf(proposed);
            assertThat(together.oversizeBlocks()).isEqualTo(whole.oversizeBlocks());
        }
        assertThat(whole.pairs()).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
    }
}
