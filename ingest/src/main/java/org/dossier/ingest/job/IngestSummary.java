package org.dossier.ingest.job;

import java.time.Duration;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.ExecutionContext;

import org.dossier.ingest.index.DocumentIndexWriter;

/** What one ingest run did, in the counts an operator checks. */
public record IngestSummary(long runId, String status, long read, long indexed, long duplicates, long skipped,
                            Duration elapsed) {

    public static IngestSummary of(JobExecution execution) {
        long read = 0;
        long indexed = 0;
        long duplicates = 0;
        long skipped = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            ExecutionContext context = step.getExecutionContext();
            read += step.getReadCount();
            indexed += context.getLong(DocumentIndexWriter.INDEXED, 0);
            duplicates += context.getLong(DocumentIndexWriter.DUPLICATES, 0);
            skipped += step.getSkipCount() + context.getLong(DocumentIndexWriter.REFUSED, 0);
        }
        Duration elapsed = execution.getStartTime() == null || execution.getEndTime() == null
                ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        return new IngestSummary(execution.getId(), execution.getStatus().name(), read, indexed, duplicates,
                skipped, elapsed);
    }

    /** The headline, in key=value form. */
    public String line() {
        return String.format("ingest run=%d status=%s read=%d indexed=%d duplicates=%d skipped=%d seconds=%.1f",
                runId, status, read, indexed, duplicates, skipped, elapsed.toMillis() / 1000.0);
    }
}
