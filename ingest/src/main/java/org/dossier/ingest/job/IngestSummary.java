package org.dossier.ingest.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionException;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.item.ExecutionContext;

import org.dossier.config.store.RunMetrics;
import org.dossier.ingest.neardup.NearDuplicateLinker;
import org.dossier.ingest.progress.RunCounts;
import org.dossier.ingest.progress.StageTimer;
import org.dossier.ingest.source.SourceReader;

/**
 * What one ingest run did, in the counts an operator checks. The counts live in each step's
 * saved context, and a restarted run is read with its earlier attempts, so it reports the whole
 * run, not only its last part.
 */
public record IngestSummary(long runId, String status, long read, long unchanged, long indexed, long duplicates,
                            long repaired, long nearDuplicates, long skipped, Duration elapsed, String failure, Map<String, Long> skipsByReason,
                            Map<String, Long> stageNanos) {

    /** The stages of a document, in order, as timed. */
    public static final List<String> STAGES = List.of("read", "fetch", "parse", "analyse", "index", "link");

    /**
     * What the run did, its earlier attempts included: a partition that was done has its counts
     * in the attempt that did it (see {@link #ofAttempts}). The counts are read
     * from the job repository, this attempt's too: partitions run by workers in other processes
     * saved theirs there, not in this process's copy.
     */
    public static IngestSummary of(JobExecution execution, JobExplorer explorer) {
        return ofAttempts(execution, explorer.getJobExecutions(execution.getJobInstance()));
    }

    /**
     * As above, from the run's attempts. Each step counts as its latest execution, but for a
     * partition that completed: a restart runs it again from a fresh context (Spring Batch hands a
     * completed step's saved context to no later attempt), where it finds nothing new, so the
     * counts are those of the attempt that completed it.
     */
    static IngestSummary ofAttempts(JobExecution execution, Collection<JobExecution> attempts) {
        Map<String, StepExecution> latest = new LinkedHashMap<>();
        attempts.stream()
                .filter(attempt -> attempt.getId() <= execution.getId())
                .sorted(Comparator.comparing(JobExecution::getId))
                .forEach(attempt -> attempt.getStepExecutions().forEach(step -> {
                    StepExecution kept = latest.get(step.getStepName());
                    if (kept == null || kept.getStatus() != BatchStatus.COMPLETED) {
                        latest.put(step.getStepName(), step);
                    }
                }));
        return of(execution, latest.values());
    }

    /** What this attempt of the run did (a restarted partition's counts carry its earlier attempts'). */
    public static IngestSummary of(JobExecution execution) {
        return of(execution, execution.getStepExecutions());
    }

    private static IngestSummary of(JobExecution execution, Collection<StepExecution> steps) {
        Map<String, Long> skipsByReason = new TreeMap<>();
        Map<String, Long> stageNanos = new LinkedHashMap<>();
        long read = 0;
        long unchanged = 0;
        long indexed = 0;
        long duplicates = 0;
        long repaired = 0;
        long nearDuplicates = 0;
        long skipped = 0;
        for (StepExecution step : steps) {
            ExecutionContext context = step.getExecutionContext();
            read += RunCounts.saved(context, RunCounts.READ);
            unchanged += context.getLong(SourceReader.UNCHANGED, 0) + RunCounts.saved(context, RunCounts.UNCHANGED);
            indexed += RunCounts.saved(context, RunCounts.INDEXED);
            duplicates += RunCounts.saved(context, RunCounts.DUPLICATES);
            repaired += RunCounts.saved(context, RunCounts.REPAIRED);
            nearDuplicates += context.getLong(NearDuplicateLinker.LINKED, 0);
            skipped += RunCounts.saved(context, RunCounts.SKIPPED) + RunCounts.saved(context, RunCounts.REFUSED);
            RunCounts.saved(context, RunCounts.SKIP_REASON, skipsByReason);
            RunCounts.saved(context, StageTimer.key(""), stageNanos);
        }
        Duration elapsed = execution.getStartTime() == null || execution.getEndTime() == null
                ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        // A partition's own failure names the cause; the partitioned step only says that one failed.
        String failure = execution.getAllFailureExceptions().stream()
                .sorted(Comparator.comparing(e -> e instanceof JobExecutionException))
                .map(IngestSummary::reason).findFirst().orElse(null);
        return new IngestSummary(execution.getId(), execution.getStatus().name(), read, unchanged, indexed, duplicates,
                repaired, nearDuplicates, skipped, elapsed, failure, skipsByReason, stageNanos);
    }

    /**
     * What stopped the run, in its own words: the first of our exceptions in the chain (Spring
     * Batch wraps them in "retry exhausted" and the like), else the innermost cause.
     */
    static String reason(Throwable failure) {
        Throwable innermost = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().startsWith("org.dossier.") && t.getMessage() != null) {
                return t.getMessage();
            }
            innermost = t;
        }
        return innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
    }

    /** The run's figures for monitoring: documents by outcome, skips by kind of reason, seconds by stage. */
    public List<RunMetrics.Figure> figures() {
        List<RunMetrics.Figure> figures = new ArrayList<>(List.of(
                new RunMetrics.Figure("documents_read", "", read),
                new RunMetrics.Figure("documents_unchanged", "", unchanged),
                new RunMetrics.Figure("documents_indexed", "", indexed),
                new RunMetrics.Figure("documents_duplicate", "", duplicates),
                new RunMetrics.Figure("documents_near_duplicate", "", nearDuplicates),
                new RunMetrics.Figure("documents_skipped", "", skipped)));
        skipsByReason.forEach((reason, count) -> figures.add(new RunMetrics.Figure("skips", reason, count)));
        stageNanos.forEach((stage, nanos) -> figures.add(new RunMetrics.Figure("stage_seconds", stage, nanos / 1e9)));
        return figures;
    }

    /** The lines above the headline: documents repaired, skips by kind of reason, and where the time went. */
    public List<String> details() {
        List<String> lines = new ArrayList<>();
        if (repaired > 0) {
            lines.add("repaired: " + repaired + " document" + (repaired == 1 ? "" : "s") + " an earlier run left"
                    + " without all their mentions (counted as indexed)");
        }
        if (!skipsByReason.isEmpty()) {
            lines.add("skipped by reason: " + skipsByReason.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        if (!stageNanos.isEmpty()) {
            lines.add("time by stage: " + STAGES.stream().filter(stageNanos::containsKey)
                    .map(stage -> String.format(Locale.ROOT, "%s %.1f s", stage, stageNanos.get(stage) / 1e9))
                    .collect(Collectors.joining(", ")));
        }
        return lines;
    }

    /** The headline, in key=value form; a failed run ends with why. */
    public String line() {
        String line = String.format(Locale.ROOT,
                "ingest run=%d status=%s read=%d unchanged=%d indexed=%d duplicates=%d near_duplicates=%d skipped=%d"
                        + " seconds=%.1f",
                runId, status, read, unchanged, indexed, duplicates, nearDuplicates, skipped, elapsed.toMillis() / 1000.0);
        return failure == null ? line : line + " failure=\"" + failure.replace('"', '\'') + "\"";
    }
}
