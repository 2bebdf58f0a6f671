package org.dossier.resolve.job;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.item.ExecutionContext;

import org.dossier.config.store.RunMetrics;

/**
 * What one resolve run did, as its last line ({@code resolve run=N status=... entities=N ...}),
 * with what each phase did and took above it.
 *
 * @param mentions the mentions of the names resolved, those of the documents read by earlier runs included
 * @param documentsRead the documents whose mentions this run read
 * @param incremental whether only the documents indexed since the last run were read (the
 *        names of the others kept from it)
 * @param pairs the candidate pairs of names scored
 * @param pairsRecalled how many of them kept the scores the last run gave them (their names unchanged)
 * @param oversizeBlocks the blocks of names left out for their size (listed in the run's skips)
 * @param leftOut the names of those blocks that had no other pair to score
 * @param phaseNanos time per phase, in the order they run
 * @param peakHeapMb the most heap in use at one moment of a step (see {@link org.dossier.config.memory.PeakHeap})
 */
public record ResolveSummary(long runId, String status, long mentions, long documentsRead, boolean incremental,
                             long names, long pairs, long pairsRecalled, long oversizeBlocks,
                             long leftOut, long entities, long created, long merged, long review, long judgements,
                             long contradictions, long written, Map<String, Long> phaseNanos, long peakHeapMb,
                             Duration elapsed, String failure) {

    static final String MENTIONS = "resolve.mentions";
    static final String DOCUMENTS_READ = "resolve.documentsRead";
    static final String INCREMENTAL = "resolve.incremental";
    static final String NAMES = "resolve.names";
    static final String PAIRS = "resolve.pairs";
    static final String PAIRS_RECALLED = "resolve.pairsRecalled";
    static final String OVERSIZE_BLOCKS = "resolve.oversizeBlocks";
    static final String LEFT_OUT = "resolve.leftOut";
    static final String ENTITIES = "resolve.entities";
    static final String CREATED = "resolve.created";
    static final String MERGED = "resolve.merged";
    static final String REVIEW = "resolve.review";
    static final String JUDGEMENTS = "resolve.judgements";
    static final String CONTRADICTIONS = "resolve.contradictions";
    static final String WRITTEN = "resolve.written";
    static final String WRITTEN_MENTIONS = "resolve.writtenMentions";
    static final String PEAK_HEAP_NAMES = "resolve.peakHeapMb";
    static final String PEAK_HEAP_MENTIONS = "resolve.mentions.peakHeapMb";
    static final String PEAK_HEAP_PAIRS = "resolve.pairs.peakHeapMb";
    /** In the job's context: the keys of mentions that the names steps found to be no names. */
    static final String NOT_NAMES = "resolve.notNames";
    /** The documents the mentions step writes, when not all of them. */
    static final String DOCUMENTS_TO_WRITE = "resolve.documentsToWrite";
    /** In the job's context: which writing of the state file the names steps left (see StateFiles.stamp). */
    static final String STATE_STAMP = "resolve.stateStamp";

    /** The phases, in the order they run: mentions read and grouped into names, ..., the review queue. */
    static final String READ = "read";
    static final String IDS = "ids";
    static final String PUBLISH = "publish";
    static final String QUEUE = "queue";
    static final String MENTIONS_PHASE = "mentions";
    static final List<String> PHASES = List.of(READ, "block", "score", "context", "judgements", "cluster", IDS, PUBLISH,
            QUEUE, MENTIONS_PHASE);

    static String nanosKey(String phase) {
        return "resolve.nanos." + phase;
    }

    public static ResolveSummary of(JobExecution execution) {
        return of(execution, List.of(execution));
    }

    /**
     * A run restarted where it stopped, with its earlier attempts: each step as its latest attempt
     * left it, so that a restart that had only the last step to run reports the whole run.
     */
    public static ResolveSummary of(JobExecution execution, Collection<JobExecution> attempts) {
        Map<String, StepExecution> latest = new LinkedHashMap<>();
        attempts.stream().flatMap(attempt -> attempt.getStepExecutions().stream())
                .sorted(Comparator.comparing(StepExecution::getId))
                .forEach(step -> latest.put(step.getStepName(), step));
        ExecutionContext c = new ExecutionContext();
        long writtenMentions = 0;
        long peakHeapParts = 0;
        for (StepExecution step : latest.values()) {
            step.getExecutionContext().entrySet().forEach(e -> c.put(e.getKey(), e.getValue()));
            // Each partition of the mentions step, and part of the pairs step, counts its own, in its own process.
            writtenMentions += step.getExecutionContext().getLong(WRITTEN_MENTIONS, 0);
            peakHeapParts = Math.max(peakHeapParts, Math.max(step.getExecutionContext().getLong(PEAK_HEAP_MENTIONS, 0),
                    step.getExecutionContext().getLong(PEAK_HEAP_PAIRS, 0)));
        }
        Duration elapsed = execution.getStartTime() == null || execution.getEndTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), execution.getEndTime());
        String failure = execution.getAllFailureExceptions().stream()
                .map(e -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                .findFirst().orElse(null);
        Map<String, Long> phases = new LinkedHashMap<>();
        PHASES.stream().filter(phase -> c.containsKey(nanosKey(phase)))
                .forEach(phase -> phases.put(phase, c.getLong(nanosKey(phase))));
        return new ResolveSummary(execution.getId(), execution.getStatus().name(), c.getLong(MENTIONS, 0),
                c.getLong(DOCUMENTS_READ, 0), c.getLong(INCREMENTAL, 0) == 1, c.getLong(NAMES, 0), c.getLong(PAIRS, 0),
                c.getLong(PAIRS_RECALLED, 0), c.getLong(OVERSIZE_BLOCKS, 0), c.getLong(LEFT_OUT, 0),
                c.getLong(ENTITIES, 0), c.getLong(CREATED, 0), c.getLong(MERGED, 0), c.getLong(REVIEW, 0),
                c.getLong(JUDGEMENTS, 0), c.getLong(CONTRADICTIONS, 0), c.getLong(WRITTEN, 0) + writtenMentions,
                phases, Math.max(c.getLong(PEAK_HEAP_NAMES, 0), peakHeapParts), elapsed, failure);
    }

    /** The run's figures for monitoring. */
    public List<RunMetrics.Figure> figures() {
        List<RunMetrics.Figure> figures = new ArrayList<>(List.of(new RunMetrics.Figure("mentions", "", mentions),
                new RunMetrics.Figure("documents_read", "", documentsRead),
                new RunMetrics.Figure("names", "", names), new RunMetrics.Figure("pairs_scored", "", pairs),
                new RunMetrics.Figure("pairs_recalled", "", pairsRecalled),
                new RunMetrics.Figure("names_left_out", "", leftOut),
                new RunMetrics.Figure("entities_new", "", created),
                new RunMetrics.Figure("entities_merged", "", merged), new RunMetrics.Figure("review_candidates", "", review),
                new RunMetrics.Figure("contradictions", "", contradictions),
                new RunMetrics.Figure("entities_written", "", written)));
        phaseNanos.forEach((phase, nanos) -> figures.add(new RunMetrics.Figure("stage_seconds", phase, nanos / 1e9)));
        return figures;
    }

    /** The lines above the headline: what each phase did and how long it took. */
    public List<String> details() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "phases: read %d documents (%s); %d mentions in %d names; scored %d pairs%s;"
                        + " %d entities, %d new, %d merged; %d pairs for review", documentsRead,
                incremental ? "those indexed since the last run" : "every document", mentions, names, pairs,
                pairsRecalled > 0 ? String.format(Locale.ROOT, " (%d of them as the last run scored them, their names unchanged)",
                        pairsRecalled) : "", entities, created, merged, review));
        if (oversizeBlocks > 0) {
            lines.add(String.format(Locale.ROOT, "left out: %d blocks of names too large to compare; %d names had no"
                    + " other pair (listed by: dossier skips %d --stage=block)", oversizeBlocks, leftOut, runId));
        }
        if (!phaseNanos.isEmpty()) {
            lines.add("time by phase: " + phaseNanos.entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue() / 1e9))
                    .collect(Collectors.joining(", ")));
        }
        if (peakHeapMb > 0) {
            lines.add("memory: peak heap " + peakHeapMb + " MB");
        }
        return lines;
    }

    public String line() {
        return String.format(Locale.ROOT, "resolve run=%d status=%s mentions=%d names=%d entities=%d new=%d merged=%d "
                        + "review=%d judgements=%d contradictions=%d written=%d left_out=%d seconds=%.1f%s",
                runId, status, mentions, names, entities, created, merged, review, judgements, contradictions, written,
                leftOut, elapsed.toMillis() / 1000.0, failure == null ? "" : " failure=\"" + failure.replace('"', '\'') + "\"");
    }
}
