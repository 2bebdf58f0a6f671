package org.dossier.resolve.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.resolve.record.Record;

/**
 * The candidate pairs of a set of records: every pair that shares a block under some rule, each
 * once. A block larger than the cap is left out and counted (a key as common as "john" says
 * little), so the work stays near-linear in the number of records. The blocks are made once
 * ({@link #blocks}); their pairs can then be made a part at a time, each part the blocks whose
 * key falls to it, side by side ({@link Blocks#pairs(int, int)}).
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

        /** The parts' counts and left-out blocks together; their pairs are merged by the caller, who holds what goes with them. */
        public static Candidates of(long[] pairs, List<Candidates> parts) {
            Map<String, Long> byRule = new LinkedHashMap<>();
            List<OversizeBlock> oversize = new ArrayList<>();
            for (Candidates part : parts) {
                part.pairsByRule().forEach((rule, count) -> byRule.merge(rule, count, Long::sum));
                oversize.addAll(part.oversizeBlocks());
            }
            return new Candidates(pairs, byRule, ordered(oversize));
        }
    }

    public static Candidates pairs(List<Record> records, List<BlockingRule> rules, int maxBlock) {
        return blocks(records, rules, maxBlock).pairs(0, 1);
    }

    /** The blocks of the records under each rule, for their pairs to be made a part at a time. */
    public static Blocks blocks(List<Record> records, List<BlockingRule> rules, int maxBlock) {
        if (rules.size() > Blocks.RULE_MASK + 1) {
            throw new IllegalArgumentException("at most " + (Blocks.RULE_MASK + 1) + " blocking rules, not " + rules.size());
        }
        int[][] blockOf = new int[rules.size()][records.size()];
        List<List<String>> keys = new ArrayList<>();
        List<List<int[]>> members = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Map<String, Integer> numbers = new HashMap<>();
            List<String> ruleKeys = new ArrayList<>();
            int[] sizes = new int[16];
            for (int i = 0; i < records.size(); i++) {
                String key = rules.get(r).key().apply(records.get(i));
                if (key == null) {
                    blockOf[r][i] = -1;
                    continue;
                }
                Integer number = numbers.putIfAbsent(key, ruleKeys.size());
                if (number == null) {
                    number = ruleKeys.size();
                    ruleKeys.add(key);
                    if (number == sizes.length) {
                        sizes = Arrays.copyOf(sizes, sizes.length * 2);
                    }
                }
                sizes[number]++;
                blockOf[r][i] = number;
            }
            List<int[]> ruleMembers = new ArrayList<>(ruleKeys.size());
            for (int b = 0; b < ruleKeys.size(); b++) {
                ruleMembers.add(new int[sizes[b]]);
            }
            int[] filled = new int[ruleKeys.size()];
            // In record order, so that each block's members are ascending.
            for (int i = 0; i < records.size(); i++) {
                int b = blockOf[r][i];
                if (b >= 0) {
                    ruleMembers.get(b)[filled[b]++] = i;
                }
            }
            keys.add(ruleKeys);
            members.add(ruleMembers);
        }
        return new Blocks(rules.stream().map(BlockingRule::name).toList(), maxBlock, blockOf, keys, members);
    }

    /**
     * The blocks of a set of records, each rule's numbered: what the parts that make their pairs
     * share. A pair that several blocks hold is made by the first rule's block that compares it.
     */
    public static final class Blocks {

        private final List<String> rules;
        private final int maxBlock;
        /** Each record's block under each rule, -1 where the rule gives it no key. */
        private final int[][] blockOf;
        private final List<List<String>> keys;
        /** Each rule's blocks' members, ascending. */
        private final List<List<int[]>> members;
        static final int RULE_SHIFT = 28;
        static final long RULE_MASK = 0xF;
        private static final long BLOCK_MASK = (1L << RULE_SHIFT) - 1;
        /** Pairs a chunk while a part's are made. */
        private static final int CHUNK = 1 << 16;
        /** Each rule's blocks' part, for the last number of parts asked for. */
        private int[][] partOf;
        private int partsOf;

        private Blocks(List<String> rules, int maxBlock, int[][] blockOf, List<List<String>> keys,
                       List<List<int[]>> members) {
            this.rules = rules;
            this.maxBlock = maxBlock;
            this.blockOf = blockOf;
            this.keys = keys;
            this.members = members;
        }

        /**
         * The pairs of the blocks that fall to part {@code part} of {@code parts}: the parts
         * together make every pair once, whatever their number, and the same on every run.
         */
        public Candidates pairs(int part, int parts) {
            int[][] assigned = partOf(parts);
            Map<String, Long> byRule = new LinkedHashMap<>();
            List<OversizeBlock> oversize = new ArrayList<>();
            // Gathered in chunks, not in an array doubled as it fills: a part of a large corpus has
            // tens of millions of pairs, and doubling holds up to three times their bytes at once.
            List<long[]> chunks = new ArrayList<>();
            long[] chunk = new long[CHUNK];
            int inChunk = 0;
            int count = 0;
            for (int r = 0; r < rules.size(); r++) {
                long proposed = 0;
                for (int b = 0; b < members.get(r).size(); b++) {
                    if (assigned[r][b] != part) {
                        continue;
                    }
                    String key = keys.get(r).get(b);
                    int[] block = members.get(r).get(b);
                    if (block.length > maxBlock) {
                        oversize.add(new OversizeBlock(rules.get(r), key, Arrays.stream(block).boxed().toList()));
                        continue;
                    }
                    for (int x = 0; x < block.length; x++) {
                        for (int y = x + 1; y < block.length; y++) {
                            proposed++;
                            if (comparedEarlier(r, block[x], block[y])) {
                                continue;
                            }
                            if (inChunk == CHUNK) {
                                chunks.add(chunk);
                                chunk = new long[CHUNK];
                                inChunk = 0;
                            }
                            chunk[inChunk++] = (long) block[x] << 32 | block[y];
                            count++;
                        }
                    }
                }
                byRule.put(rules.get(r), proposed);
            }
            chunks.add(chunk);
            long[] pairs = new long[count];
            for (int c = 0, at = 0; c < chunks.size(); c++) {
                int length = Math.min(CHUNK, count - at);
                System.arraycopy(chunks.get(c), 0, pairs, at, length);
                // Each chunk goes once copied.
                chunks.set(c, null);
                at += length;
            }
            Arrays.sort(pairs);
            return new Candidates(pairs, byRule, ordered(oversize));
        }

        /**
         * Each block's part: the blocks with pairs to make, the most pairs first, each to the part
         * with the fewest pairs so far (ties to the lowest), so that the parts take about as long;
         * the others, which make no pair, to the first. The same blocks give the same parts.
         * Worked out once for a number of parts, by the first part to ask.
         */
        private synchronized int[][] partOf(int parts) {
            if (partOf != null && partsOf == parts) {
                return partOf;
            }
            int[][] assigned = new int[rules.size()][];
            int count = 0;
            for (int r = 0; r < rules.size(); r++) {
                assigned[r] = new int[members.get(r).size()];
                for (int[] block : members.get(r)) {
                    count += block.length > 1 && block.length <= maxBlock ? 1 : 0;
                }
            }
            // Each block as (fewest pairs first once negated, rule, block number) in one long: a total order.
            long[] order = new long[count];
            int k = 0;
            for (int r = 0; r < rules.size(); r++) {
                for (int b = 0; b < members.get(r).size(); b++) {
                    int size = members.get(r).get(b).length;
                    if (size > 1 && size <= maxBlock) {
                        order[k++] = (Integer.MAX_VALUE - Math.min(pairsOf(size), Integer.MAX_VALUE)) << 32
                                | (long) r << RULE_SHIFT | b;
                    }
                }
            }
            Arrays.sort(order);
            long[] load = new long[parts];
            for (long block : order) {
                int least = 0;
                for (int p = 1; p < parts; p++) {
                    if (load[p] < load[least]) {
                        least = p;
                    }
                }
                int r = (int) (block >>> RULE_SHIFT & RULE_MASK);
                int b = (int) (block & BLOCK_MASK);
                assigned[r][b] = least;
                load[least] += pairsOf(members.get(r).get(b).length);
            }
            partOf = assigned;
            partsOf = parts;
            return assigned;
        }

        private static long pairsOf(int size) {
            return (long) size * (size - 1) / 2;
        }

        /** Whether a rule before {@code rule} puts the two records in one block small enough to compare. */
        private boolean comparedEarlier(int rule, int i, int j) {
            for (int r = 0; r < rule; r++) {
                int b = blockOf[r][i];
                if (b >= 0 && b == blockOf[r][j] && members.get(r).get(b).length <= maxBlock) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Largest first, then by rule and key: the same order on every run. */
    private static List<OversizeBlock> ordered(List<OversizeBlock> oversize) {
        oversize.sort(Comparator.comparingInt((OversizeBlock b) -> -b.members().size())
                .thenComparing(OversizeBlock::rule).thenComparing(OversizeBlock::key));
        return oversize;
    }
}
