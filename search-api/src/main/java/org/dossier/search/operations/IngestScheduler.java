package org.dossier.search.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.dossier.config.sources.Source;
import org.dossier.config.sources.SourcesFile;
import org.dossier.config.sources.SourcesFile.Sources;
import org.dossier.config.store.JobLock;

/**
 * The scheduler inside {@code dossier serve}: every {@code dossier.schedule.check-every} it reads
 * the sources file and runs what is due, ingest then resolve, one run after another on its own
 * thread. Schedules that fired while the app was down are caught up once at start
 * ({@code missed: run-once}, the default) or left for their next time ({@code missed: skip}).
 */
@Component
@ConditionalOnProperty(name = "dossier.schedule.enabled", havingValue = "true", matchIfMissing = true)
public class IngestScheduler {

    private static final Logger log = LoggerFactory.getLogger(IngestScheduler.class);

    private final NightlyRun nightly;
    private final ScheduledSources schedule;
    private final Path sourcesFile;
    private final Instant startedAt;
    private final Clock clock;
    private final Map<String, Instant> tried = new ConcurrentHashMap<>();
    private String lastProblem;

    IngestScheduler(NightlyRun nightly, ScheduledSources schedule,
                    @Value("${dossier.sources-file:sources.yml}") Path sourcesFile, Clock clock) {
        this.nightly = nightly;
        this.schedule = schedule;
        this.sourcesFile = sourcesFile.toAbsolutePath().normalize();
        this.clock = clock;
        this.startedAt = clock.instant();
        if (Files.isRegularFile(this.sourcesFile)) {
            log.info("Scheduling the sources of {}", this.sourcesFile);
        } else {
            log.info("No sources file at {}: nothing is scheduled (dossier.sources-file)", this.sourcesFile);
        }
    }

    @Scheduled(initialDelayString = "${dossier.schedule.first-check:10s}", fixedDelayString = "${dossier.schedule.check-every:30s}")
    void runDue() {
        if (!Files.isRegularFile(sourcesFile)) {
            return;
        }
        Sources sources;
        try {
            sources = SourcesFile.load(sourcesFile);
            lastProblem = null;
        } catch (IllegalArgumentException e) {
            // Said once, not every tick; the last good schedule is not kept, so nothing runs on a broken file.
            if (!e.getMessage().equals(lastProblem)) {
                log.error("Nothing scheduled: {}", e.getMessage());
                lastProblem = e.getMessage();
            }
            return;
        }
        Instant floor = sources.missed() == SourcesFile.Missed.SKIP ? startedAt : null;
        // A source tried without a run to show for it (its folder gone, say) waits for its next time too.
        List<Source> due = schedule.due(sources, source -> latest(floor, tried.get(source.name())));
        if (due.isEmpty()) {
            return;
        }
        log.info("Due: {}", String.join(", ", due.stream().map(Source::name).toList()));
        NightlyRun.Result result = nightly.run(sources, due, outcome -> {
            log.info("{} {}: {}", outcome.job(), outcome.source() == null ? "" : outcome.source(), outcome.headline());
            // Refused while another run goes: due again at the next check, not the next schedule.
            if (outcome.source() != null && outcome.exitCode() != JobLock.REFUSED_EXIT_CODE) {
                tried.put(outcome.source(), clock.instant());
            }
        });
        log.info(result.headline());
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
