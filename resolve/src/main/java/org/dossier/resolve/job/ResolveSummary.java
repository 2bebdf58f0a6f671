package org.dossier.resolve.job;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.ExecutionContext;

import org.dossier.config.store.RunMetrics;

/** What one resolve run did, as its last line: {@code resolve run=N status=... entities=N ...}. */
public record ResolveSummary(long runId, String status, long mentions, long names, long entities, long created,
                             long merged, long review, long judgements, long contradictions, long written,
                             Duration elapsed, String failure) {

    static final String MENTIONS = "resolve.mentions";
    static final String NAMES = "resolve.names";
    static final String ENTITIES = "resolve.entities";
    static final String CREATED = "resolve.created";
    static final String MERGED = "resolve.merged";
    static final String REVIEW = "resolve.review";
    static final String JUDGEMENTS = "resolve.judgements";
    static final String CONTRADICTIONS = "resolve.contradictions";
    static final String WRITTEN = "resolve.written";

    public static ResolveSummary of(JobExecution execution) {
        ExecutionContext c = new ExecutionContext();
        for (StepExecution step : execution.getStepExecutions()) {
            step.getExecutionContext().entrySet().forEach(e -> c.put(e.getKey(), e.getValue()));
        }
        Duration elapsed = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        String failure = execution.getAllFailureExceptions().stream()
                .map(e -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                .findFirst().orElse(null);
        return new ResolveSummary(execution.getId(), execution.getStatus().name(), c.getLong(MENTIONS, 0),
                c.getLong(NAMES, 0), c.getLong(ENTITIES, 0), c.getLong(CREATED, 0), c.getLong(MERGED, 0),
                c.getLong(REVIEW, 0), c.getLong(JUDGEMENTS, 0), c.getLong(CONTRADICTIONS, 0), c.getLong(WRITTEN, 0),
                elapsed, failure);
    }

    /** The run's figures for monitoring. */
    public List<RunMetrics.Figure> figures() {
        return List.of(new RunMetrics.Figure("mentions", "", mentions), new RunMetrics.Figure("entities_new", "", created),
                new RunMetrics.Figure("entities_merged", "", merged), new RunMetrics.Figure("review_candidates", "", review),
                new RunMetrics.Figure("contradictions", "", contradictions),
                new RunMetrics.Figure("entities_written", "", written));
    }

    public String line() {
        return String.format(Locale.ROOT, "resolve run=%d status=%s mentions=%d names=%d entities=%d new=%d merged=%d "
                        + "review=%d judgements=%d contradictions=%d written=%d seconds=%.1f%s",
                runId, status, mentions, names, entities, created, merged, review, judgements, contradictions, written,
                elapsed.toMillis() / 1000.0, failure == null ? "" : " failure=\"" + failure.replace('"', '\'') + "\"");
    }
}
