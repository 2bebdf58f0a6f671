package org.dossier.resolve.block;

import java.util.ArrayList;
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
     * @param pairs each pair once, as {@code i << 32 | j} with {@code i < j} (indices into the records), sorted
     * @param pairsByRule how many pairs each rule proposed, before removing those found twice
     * @param oversizeBlocks the blocks left out for being larger than the cap, by rule
     */
    public record Candidates(long[] pairs, Map<String, Long> pairsByRule, Map<String, Integer> oversizeBlocks) {

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
        Map<String, Integer> oversize = new LinkedHashMap<>();
        for (BlockingRule rule : rules) {
            Map<String, List<Integer>> blocks = new HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                String key = rule.key().apply(records.get(i));
                if (key != null) {
                    blocks.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
                }
            }
            long proposed = 0;
            int tooLarge = 0;
            for (List<Integer> block : blocks.values()) {
                if (block.size() > maxBlock) {
                    tooLarge++;
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
            oversize.put(rule.name(), tooLarge);
        }
        return new Candidates(all.build().sorted().distinct().toArray(), byRule, oversize);
    }
}
