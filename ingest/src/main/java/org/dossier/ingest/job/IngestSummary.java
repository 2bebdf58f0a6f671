package org.dossier.ingest.job;

import java.time.Duration;
import java.util.Locale;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.ExecutionContext;

import org.dossier.ingest.progress.RunCounts;

/**
 * What one ingest run did, in the counts an operator checks. The counts live in the step's
 * saved context, so a restarted run reports the whole run, not only its last part.
 */
public record IngestSummary(long runId, String status, long read, long indexed, long duplicates, long skipped,
                            Duration elapsed, String failure) {

    public static IngestSummary of(JobExecution execution) {
        long read = 0;
        long indexed = 0;
        long duplicates = 0;
        long skipped = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            ExecutionContext context = step.getExecutionContext();
            read += RunCounts.saved(context, RunCounts.READ);
            indexed += RunCounts.saved(context, RunCounts.INDEXED);
            duplicates += RunCounts.saved(context, RunCounts.DUPLICATES);
            skipped += RunCounts.saved(context, RunCounts.SKIPPED) + RunCounts.saved(context, RunCounts.REFUSED);
        }
        Duration elapsed = execution.getStartTime() == null || execution.getEndTime() == null
                ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        String failure = execution.getAllFailureExceptions().stream().map(IngestSummary::reason).findFirst().orElse(null);
        return new IngestSummary(execution.getId(), execution.getStatus().name(), read, indexed, duplicates,
                skipped, elapsed, failure);
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

    /** The headline, in key=value form; a failed run ends with why. */
    public String line() {
        String line = String.format(Locale.ROOT,
                "ingest run=%d status=%s read=%d indexed=%d duplicates=%d skipped=%d seconds=%.1f",
                runId, status, read, indexed, duplicates, skipped, elapsed.toMillis() / 1000.0);
        return failure == null ? line : line + " failure=\"" + failure.replace('"', '\'') + "\"";
    }
}
