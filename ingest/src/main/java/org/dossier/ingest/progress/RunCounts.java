package org.dossier.ingest.progress;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStream;

/**
 * The counts of a run (files read, documents indexed, duplicates, skips ...), saved with the
 * step's context at each commit like a reader's position: a failed or killed run is restarted
 * with the counts of what it had committed, so its summary covers the whole run, and a chunk
 * that was rolled back is not counted.
 */
public class RunCounts implements ItemStream {

    public static final String READ = "read";
    public static final String INDEXED = "indexed";
    public static final String DUPLICATES = "duplicates";
    public static final String SKIPPED = "skipped";
    public static final String REFUSED = "refused";
    public static final String MENTIONS = "mentions";
    public static final String UNCHANGED = "unchanged";
    /** Prefix of the counts of skips by kind of reason. */
    public static final String SKIP_REASON = "skip.";
    private static final String PREFIX = "counts.";

    private final Map<String, Long> counts = new ConcurrentHashMap<>();

    public void add(String key, long n) {
        counts.merge(key, n, Long::sum);
    }

    public void increment(String key) {
        add(key, 1);
    }

    public long get(String key) {
        return counts.getOrDefault(key, 0L);
    }

    /** A count's key in a step's context. */
    public static String savedKey(String key) {
        return PREFIX + key;
    }

    /** A count as saved in a step's context. */
    public static long saved(ExecutionContext context, String key) {
        return context.getLong(PREFIX + key, 0);
    }

    /** The saved counts whose keys start with {@code prefix}, by the rest of their key. */
    public static Map<String, Long> saved(ExecutionContext context, String prefix, Map<String, Long> into) {
        for (var entry : context.entrySet()) {
            if (entry.getKey().startsWith(PREFIX + prefix) && entry.getValue() instanceof Number n) {
                into.merge(entry.getKey().substring(PREFIX.length() + prefix.length()), n.longValue(), Long::sum);
            }
        }
        return into;
    }

    @Override
    public void open(ExecutionContext context) {
        counts.clear();
        for (var entry : context.entrySet()) {
            if (entry.getKey().startsWith(PREFIX) && entry.getValue() instanceof Number n) {
                counts.put(entry.getKey().substring(PREFIX.length()), n.longValue());
            }
        }
    }

    @Override
    public void update(ExecutionContext context) {
        counts.forEach((key, value) -> context.putLong(PREFIX + key, value));
    }
}
