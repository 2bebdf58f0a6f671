package org.dossier.ingest.progress;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStream;

/**
 * The counts of a run (files read, documents indexed, duplicates, skips ...), kept for each of
 * its partitions and saved with that partition's context at each commit, like a reader's
 * position: a failed or killed run is restarted with the counts of what it had committed, so its
 * summary covers the whole run. What a chunk counts stays pending until that chunk commits; a
 * chunk that fails for good is not counted. {@link #get} adds up the partitions of the current run.
 */
public class RunCounts extends PerChunk<Map<String, Long>> implements ItemStream {

    public static final String READ = "read";
    public static final String INDEXED = "indexed";
    public static final String DUPLICATES = "duplicates";
    public static final String SKIPPED = "skipped";
    public static final String REFUSED = "refused";
    /** Documents an earlier run left without all their mentions, whose mentions this run wrote. */
    public static final String REPAIRED = "repaired";
    public static final String MENTIONS = "mentions";
    public static final String UNCHANGED = "unchanged";
    /** Prefix of the counts of skips by kind of reason. */
    public static final String SKIP_REASON = "skip.";
    private static final String PREFIX = "counts.";

    /** The committed counts of each step execution (a partition) of the current run, by its id. */
    private final Map<Long, Map<String, Long>> committed = new ConcurrentHashMap<>();
    private Long run;

    public RunCounts() {
        super(HashMap::new);
    }

    /** Counts {@code n}; inside a chunk, once the chunk commits; outside one (a source opening), at once. */
    public void add(String key, long n) {
        if (inChunk()) {
            update(counts -> counts.merge(key, n, Long::sum));
        } else {
            mine().merge(key, n, Long::sum);
        }
    }

    public void increment(String key) {
        add(key, 1);
    }

    /** One skip, also counted under the kind of its reason (see {@link #reasonKind}). */
    public void skipped(String reason) {
        increment(SKIPPED);
        increment(SKIP_REASON + reasonKind(reason));
    }

    /** The reason without its particulars: "unreadable application/pdf", "too large", "empty file". */
    public static String reasonKind(String reason) {
        int colon = reason.indexOf(": ");
        return (colon > 0 ? reason.substring(0, colon) : reason).strip();
    }

    /** The committed count, over the run's partitions: what progress shows. */
    public long get(String key) {
        return committed.values().stream().mapToLong(counts -> counts.getOrDefault(key, 0L)).sum();
    }

    /** The committed counts of the step execution this thread runs (none in a test outside a step). */
    private Map<String, Long> mine() {
        return committed.computeIfAbsent(stepExecutionId(), id -> new ConcurrentHashMap<>());
    }

    private static long stepExecutionId() {
        StepContext step = StepSynchronizationManager.getContext();
        return step == null || step.getStepExecution().getId() == null ? 0L : step.getStepExecution().getId();
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

    /** A partition opens: the first of a new run forgets the last run; each takes up its own saved counts. */
    @Override
    public synchronized void open(ExecutionContext context) {
        StepContext step = StepSynchronizationManager.getContext();
        Long jobExecutionId = step == null ? null : step.getStepExecution().getJobExecutionId();
        if (run == null || !run.equals(jobExecutionId)) {
            run = jobExecutionId;
            committed.clear();
            drain(counts -> { });
        }
        Map<String, Long> mine = new ConcurrentHashMap<>();
        for (var entry : context.entrySet()) {
            if (entry.getKey().startsWith(PREFIX) && entry.getValue() instanceof Number n) {
                mine.put(entry.getKey().substring(PREFIX.length()), n.longValue());
            }
        }
        committed.put(stepExecutionId(), mine);
    }

    /**
     * Called in a chunk's transaction, on its thread, as it commits: this chunk's counts join its
     * partition's committed ones, which are saved with that partition.
     */
    @Override
    public void update(ExecutionContext context) {
        Map<String, Long> mine = mine();
        Map<String, Long> counts = take();
        if (counts != null) {
            counts.forEach((key, n) -> mine.merge(key, n, Long::sum));
        }
        mine.forEach((key, value) -> context.putLong(PREFIX + key, value));
    }
}
