package org.dossier.ingest.progress;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStream;

/**
 * The counts of a run (files read, documents indexed, duplicates, skips ...), saved with the
 * step's context at each commit like a reader's position: a failed or killed run is restarted
 * with the counts of what it had committed, so its summary covers the whole run. Chunks run on
 * several threads, so what a chunk counts stays pending until that chunk commits; a chunk that
 * fails for good is not counted.
 */
public class RunCounts implements ItemStream, ChunkListener {

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

    private final Map<String, Long> committed = new ConcurrentHashMap<>();
    /** By chunk, not by thread: a chunk rolled back may be tried again on another thread. */
    private final Map<ChunkContext, Map<String, Long>> pending = Collections.synchronizedMap(new IdentityHashMap<>());
    private final ThreadLocal<ChunkContext> chunk = new ThreadLocal<>();

    /** Counts {@code n}; inside a chunk, once the chunk commits; outside one (a source opening), at once. */
    public void add(String key, long n) {
        ChunkContext current = chunk.get();
        if (current == null) {
            committed.merge(key, n, Long::sum);
        } else {
            synchronized (pending) {
                pending.computeIfAbsent(current, c -> new HashMap<>()).merge(key, n, Long::sum);
            }
        }
    }

    public void increment(String key) {
        add(key, 1);
    }

    /** The count so far, committed or not: for showing progress. */
    public long get(String key) {
        long count = committed.getOrDefault(key, 0L);
        synchronized (pending) {
            for (Map<String, Long> counts : pending.values()) {
                count += counts.getOrDefault(key, 0L);
            }
        }
        return count;
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
        committed.clear();
        pending.clear();
        for (var entry : context.entrySet()) {
            if (entry.getKey().startsWith(PREFIX) && entry.getValue() instanceof Number n) {
                committed.put(entry.getKey().substring(PREFIX.length()), n.longValue());
            }
        }
    }

    /**
     * Called in a chunk's transaction, on its thread, as it commits: this chunk's counts join the
     * committed ones, which are saved. Spring Batch lets one chunk at a time update and commit, so
     * a chunk never saves another's counts before that one commits.
     */
    @Override
    public void update(ExecutionContext context) {
        ChunkContext current = chunk.get();
        Map<String, Long> counts = current == null ? null : pending.remove(current);
        if (counts != null) {
            counts.forEach((key, n) -> committed.merge(key, n, Long::sum));
        }
        committed.forEach((key, value) -> context.putLong(PREFIX + key, value));
    }

    @Override
    public void beforeChunk(ChunkContext context) {
        chunk.set(context);
    }

    @Override
    public void afterChunk(ChunkContext context) {
        chunk.remove();
    }

    /**
     * A chunk rolled back is either tried again (on any thread, its items not read again) and
     * then counts once it commits, or the step fails and its counts are never saved: so what it
     * counted so far stays pending.
     */
    @Override
    public void afterChunkError(ChunkContext context) {
        chunk.remove();
    }
}
