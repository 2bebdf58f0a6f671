package org.dossier.search.operations;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.dossier.config.store.JobNames;
import org.dossier.config.store.ReviewQueue;
import org.dossier.config.store.RunMetrics;

/**
 * Operators' metrics, read from the relational store, where every job process leaves what its
 * runs did: documents by outcome, skips by kind of reason and seconds by stage (summed over all
 * runs), run durations by job and status, runs going now and the review queue's length. The web
 * app reads them again every {@code dossier.metrics.refresh-every}, so the figures hold whichever
 * process ran the jobs, and across restarts.
 */
@Component
class StoreMetrics {

    private static final Logger log = LoggerFactory.getLogger(StoreMetrics.class);
    /** The tag a run figure's label goes under. */
    private static final Map<String, String> LABELS = Map.of("skips", "reason", "stage_seconds", "stage");

    private record Durations(long count, double seconds) {
    }

    private record Snapshot(Map<String, Double> figures, Map<String, Durations> durations, Map<String, Long> active,
                            long reviewWaiting) {
    }

    private final MeterRegistry registry;
    private final RunMetrics runMetrics;
    private final ReviewQueue reviewQueue;
    private final JdbcTemplate jdbc;
    private final AtomicReference<Snapshot> snapshot =
            new AtomicReference<>(new Snapshot(Map.of(), Map.of(), Map.of(), 0));

    StoreMetrics(MeterRegistry registry, RunMetrics runMetrics, ReviewQueue reviewQueue, JdbcTemplate jdbc) {
        this.registry = registry;
        this.runMetrics = runMetrics;
        this.reviewQueue = reviewQueue;
        this.jdbc = jdbc;
        Gauge.builder("dossier.review.queue.size", snapshot, s -> s.get().reviewWaiting())
                .description("merge candidates waiting for an analyst").register(registry);
        for (String job : JobNames.ALL) {
            Gauge.builder("dossier.runs.active", snapshot, s -> s.get().active().getOrDefault(job, 0L))
                    .tag("job", job).description("runs going now").register(registry);
        }
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${dossier.metrics.refresh-every:15s}")
    void refresh() {
        try {
            Map<String, Double> figures = new HashMap<>();
            for (RunMetrics.Total total : runMetrics.totals()) {
                String key = total.job() + "|" + total.name() + "|" + total.label();
                figures.put(key, total.value());
                if (!snapshot.get().figures().containsKey(key)) {
                    register(key, total);
                }
            }
            Map<String, Durations> durations = durations();
            durations.keySet().stream().filter(key -> !snapshot.get().durations().containsKey(key))
                    .forEach(this::registerDurations);
            Map<String, Long> active = new HashMap<>();
            jdbc.query("SELECT i.JOB_NAME, COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i"
                    + " ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE e.STATUS IN ('STARTING', 'STARTED', 'STOPPING')"
                    + " GROUP BY i.JOB_NAME", rs -> {
                        active.put(rs.getString(1), rs.getLong(2));
                    });
            snapshot.set(new Snapshot(figures, durations, active, reviewQueue.waiting()));
        } catch (DataAccessException e) {
            log.warn("Metrics not refreshed: the store did not answer ({})", e.getMostSpecificCause().getMessage());
        }
    }

    /** {@code dossier.ingest.documents.indexed}, {@code dossier.ingest.skips{reason=...}}, ... as counters. */
    private void register(String key, RunMetrics.Total total) {
        FunctionCounter.Builder<AtomicReference<Snapshot>> counter = FunctionCounter.builder(
                "dossier." + total.job() + "." + total.name().replace('_', '.'), snapshot,
                s -> s.get().figures().getOrDefault(key, 0.0));
        if (!total.label().isEmpty()) {
            counter.tag(LABELS.getOrDefault(total.name(), "label"), total.label());
        }
        counter.register(registry);
    }

    private void registerDurations(String key) {
        String[] jobAndStatus = key.split("\\|");
        FunctionTimer.builder("dossier.runs", snapshot,
                        s -> s.get().durations().getOrDefault(key, new Durations(0, 0)).count(),
                        s -> s.get().durations().getOrDefault(key, new Durations(0, 0)).seconds(), TimeUnit.SECONDS)
                .tags("job", jobAndStatus[0], "status", jobAndStatus[1])
                .description("finished runs and their time, by job and how they ended").register(registry);
    }

    private Map<String, Durations> durations() {
        Map<String, Durations> durations = new HashMap<>();
        jdbc.query("SELECT i.JOB_NAME, e.STATUS, e.START_TIME, e.END_TIME FROM BATCH_JOB_EXECUTION e"
                + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID"
                + " WHERE e.START_TIME IS NOT NULL AND e.END_TIME IS NOT NULL", rs -> {
                    Timestamp start = rs.getTimestamp(3);
                    Timestamp end = rs.getTimestamp(4);
                    double seconds = (end.getTime() - start.getTime()) / 1000.0;
                    durations.merge(rs.getString(1) + "|" + rs.getString(2), new Durations(1, seconds),
                            (a, b) -> new Durations(a.count() + b.count(), a.seconds() + b.seconds()));
                });
        return durations;
    }
}
