package org.dossier.search.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import org.dossier.config.sources.Source;
import org.dossier.config.sources.SourcesFile.Sources;
import org.dossier.config.store.JobLock;
import org.dossier.config.store.JobNames;
import org.dossier.search.runs.RunLauncher;

/**
 * What a night does: ingest each due source (which are due, {@link ScheduledSources} says), one
 * after another, then resolve once if anything was ingested. The scheduler inside the web app and
 * {@code dossier nightly} both run this; each run is a process of its own under its job's lock,
 * so neither ever overlaps another run.
 */
@Service
public class NightlyRun {

    private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);
    private static final int REFUSED = JobLock.REFUSED_EXIT_CODE;

    /** How one run ended: its exit code (0 done, 1 failed, 3 done with skips, 4 refused) and last line. */
    public record Outcome(String job, String source, int exitCode, String headline) {

        boolean ingested() {
            return exitCode == 0 || exitCode == 3;
        }
    }

    /** Every run of the night; the exit code is the worst of them (failed, then refused, then skips). */
    public record Result(List<Outcome> outcomes) {

        public int exitCode() {
            for (int code : new int[] {1, REFUSED, 3}) {
                if (outcomes.stream().anyMatch(o -> o.exitCode() == code)) {
                    return code;
                }
            }
            return 0;
        }

        public String headline() {
            long ingests = outcomes.stream().filter(o -> o.job().equals(JobNames.INGEST)).count();
            long failed = outcomes.stream().filter(o -> o.exitCode() == 1).count();
            long refused = outcomes.stream().filter(o -> o.exitCode() == REFUSED).count();
            String resolve = outcomes.stream().filter(o -> o.job().equals(JobNames.RESOLVE)).findFirst()
                    .map(o -> o.exitCode() == 0 ? "COMPLETED" : o.exitCode() == REFUSED ? "REFUSED" : "FAILED")
                    .orElse("NOT_RUN");
            return "nightly ingests=" + ingests + " failed=" + failed + " refused=" + refused + " resolve=" + resolve
                    + " exit=" + exitCode();
        }
    }

    private final RunLauncher launcher;

    public NightlyRun(RunLauncher launcher) {
        this.launcher = launcher;
    }

    /** Ingests the given sources one by one, then resolves when the file asks for it and anything came in. */
    public Result run(Sources sources, List<Source> chosen, Consumer<Outcome> report) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Source source : chosen) {
            Outcome outcome = runAndWait(JobNames.INGEST, source.name(), source.location());
            outcomes.add(outcome);
            report.accept(outcome);
        }
        if (sources.resolveAfterIngest() && outcomes.stream().anyMatch(Outcome::ingested)) {
            Outcome resolve = runAndWait(JobNames.RESOLVE, null, null);
            outcomes.add(resolve);
            report.accept(resolve);
        }
        return new Result(outcomes);
    }

    /** One run, to its end. */
    public Outcome runAndWait(String job, String name, String input) {
        RunLauncher.Launched launched;
        try {
            launched = launcher.launch(job, input);
        } catch (JobLock.BusyException e) {
            log.warn("Not starting {} {}: {}", job, name == null ? "" : name, e.getMessage());
            return new Outcome(job, name, REFUSED, job + " status=REFUSED reason=\"" + e.getMessage() + "\"");
        } catch (RunLauncher.NotStartedException e) {
            log.error("Not starting {} {}: {}", job, name == null ? "" : name, e.getMessage());
            return new Outcome(job, name, 1, job + " status=NOT_STARTED reason=\"" + e.getMessage() + "\"");
        }
        try {
            int exit = launched.await();
            return new Outcome(job, name, exit, lastLine(launched.log()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            launched.process().destroy();
            return new Outcome(job, name, 1, job + " status=INTERRUPTED");
        }
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return lines.get(i).strip();
                }
            }
            return "(no output; see " + log + ")";
        } catch (IOException e) {
            return "(output unreadable: " + log + ")";
        }
    }
}
