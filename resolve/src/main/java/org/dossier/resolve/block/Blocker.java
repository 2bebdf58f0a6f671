package org.dossier.resolve.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.dossier.resolve.record.Record;

/**
 * The candidate pairs of a set of records: every pair that shares a block under some rule, each
 * once. A block larger than the cap is left out and counted (a key as common as "john" says
 * little), so the work stays near-linear in the number of records.
 */
public final class Blocker {

    private Blocker() {
    }

    /**
     * A block left out for being larger than the cap: its names were not compared under its rule.
     *
     * @param members indices into the records
     */
    public record OversizeBlock(String rule, String key, List<Integer> members) {
    }

    /**
     * @param pairs each pair once, as {@code i << 32 | j} with {@code i < j} (indices into the records), sorted
     * @param pairsByRule how many pairs each rule proposed, before removing those found twice
     * @param oversizeBlocks the blocks left out for being larger than the cap
     */
    public record Candidates(long[] pairs, Map<String, Long> pairsByRule, List<OversizeBlock> oversizeBlocks) {

        /** How many blocks each rule left out. */
        public Map<String, Integer> oversizeByRule() {
            Map<String, Integer> byRule = new LinkedHashMap<>();
            pairsByRule.keySet().forEach(rule -> byRule.put(rule, 0));
            oversizeBlocks.forEach(block -> byRule.merge(block.rule(), 1, Integer::sum));
            return byRule;
        }

        public static int first(long pair) {
            return (int) (pair >>> 32);
        }

        public static int second(long pair) {
            return (int) pair;
        }
    }

    public static Candidates pairs(List<Record> records, List<BlockingRule> rules, int maxBlock) {
        LongStream.Builder all = LongStream.builder();
        Map<String, Long> byRule = new LinkedHashMap<>();
        List<OversizeBlock> oversize = new ArrayList<>();
        for (BlockingRule rule : rules) {
            Map<String, List<Integer>> blocks = new HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                String key = rule.key().apply(records.get(i));
                if (key != null) {
                    blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
                }
            }
            long proposed = 0;
            for (Map.Entry<String, List<Integer>> entry : blocks.entrySet()) {
                List<Integer> block = entry.getValue();
                if (block.size() > maxBlock) {
                    oversize.add(new OversizeBlock(rule.name(), entry.getKey(), List.copyOf(block)));
                    continue;
                }
                for (int x = 0; x < block.size(); x++) {
                    for (int y = x + 1; y < block.size(); y++) {
                        int i = Math.min(block.get(x), block.get(y));
                        int j = Math.max(block.get(x), block.get(y));
                        all.add((long) i << 32 | j);
                        proposed++;
                    }
                }
            }
            byRule.put(rule.name(), proposed);
        }
        // Largest first, then by rule and key: the same order on every run.
        oversize.sort(Comparator.comparingInt((OversizeBlock b) -> -b.members().size())
                .thenComparing(OversizeBlock::rule).thenComparing(OversizeBlock::key));
        return new Candidates(sortedOnce(all.build().toArray()), byRule, oversize);
    }

    /**
     * The pairs sorted, each once: in place on the array of the tens of millions a large corpus
     * proposes, where a stream's {@code distinct} would box each of them.
     */
    static long[] sortedOnce(long[] pairs) {
        Arrays.parallelSort(pairs);
        int kept = 0;
        for (int k = 0; k < pairs.length; k++) {
            if (kept == 0 || pairs[k] != pairs[kept - 1]) {
                pairs[kept++] = pairs[k];
            }
        }
        return kept == pairs.length ? pairs : Arrays.copyOf(pairs, kept);
    }
}
