package org.dossier.search.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import org.dossier.config.sources.Source;
import org.dossier.config.sources.SourcesFile;
import org.dossier.config.store.JobNames;
import org.dossier.search.runs.RunHistory;

/**
 * Which sources are due, for the scheduler, {@code dossier nightly} and {@code dossier status}
 * alike: each source's last run is its latest ingest, and {@link Source#isDue} decides. Also the
 * sources file as operators check it: each source with its last run and when it runs next.
 */
@Service
public class ScheduledSources {

    /** @param nextRun now when due, else when its schedule fires next */
    public record Entry(String name, String location, String schedule, Instant lastRun, Instant nextRun, boolean due) {
    }

    /** @param problem why the file cannot be read, else null */
    public record Listing(Path file, List<Entry> sources, String problem) {
    }

    private final RunHistory history;
    private final Clock clock;
    private final Path file;

    public ScheduledSources(RunHistory history, Clock clock,
                            @Value("${dossier.sources-file:sources.yml}") Path file) {
        this.history = history;
        this.clock = clock;
        this.file = file.toAbsolutePath().normalize();
    }

    public Listing list() {
        if (!Files.isRegularFile(file)) {
            return new Listing(file, List.of(), "no sources file at " + file + " (dossier.sources-file)");
        }
        try {
            Instant now = clock.instant();
            List<Entry> entries = SourcesFile.load(file).sources().stream().map(source -> {
                Instant last = lastRun(source);
                boolean due = source.isDue(last, null, now, clock.getZone());
                return new Entry(source.name(), source.location(), source.schedule(), last,
                        due ? now : source.next(last, clock.getZone()), due);
            }).toList();
            return new Listing(file, entries, null);
        } catch (IllegalArgumentException e) {
            return new Listing(file, List.of(), e.getMessage());
        }
    }

    /**
     * The sources whose schedule fired since they last ran (or that never ran), counting from
     * {@code notBefore} at the earliest when it gives a time for the source.
     */
    public List<Source> due(SourcesFile.Sources sources, Function<Source, Instant> notBefore) {
        Instant now = clock.instant();
        return sources.sources().stream()
                .filter(source -> source.isDue(lastRun(source), notBefore.apply(source), now, clock.getZone()))
                .toList();
    }

    private Instant lastRun(Source source) {
        return history.lastStart(JobNames.INGEST, source.location());
    }
}
