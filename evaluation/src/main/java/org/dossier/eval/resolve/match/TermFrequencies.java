package org.dossier.eval.resolve.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dossier.resolve.record.Record;

/**
 * How common each value is, for the comparisons that tell values apart by frequency: two
 * records that agree on "smith" say less than two that agree on "brightman" (Splink's term
 * frequency adjustment). A value's rarity is -log2 of the share of records that have it.
 */
public final class TermFrequencies {

    private final List<Map<String, Integer>> counts = new ArrayList<>();
    private final int records;

    public TermFrequencies(List<Record> records, List<Comparison> comparisons) {
        this.records = records.size();
        for (Comparison comparison : comparisons) {
            Map<String, Integer> byValue = new HashMap<>();
            for (Record record : records) {
                String key = comparison.key(record);
                if (key != null) {
                    byValue.merge(key, 1, Integer::sum);
                }
            }
            counts.add(byValue);
        }
    }

    /** The rarity of a value of a comparison, or NaN when its frequency is not kept. */
    public double rarity(int comparison, String key) {
        if (key == null) {
            return Double.NaN;
        }
        int count = counts.get(comparison).getOrDefault(key, 0);
        return count == 0 ? Double.NaN : -Math.log((double) Math.max(count, 1) / records) / Math.log(2);
    }
}
