package org.dossier.search.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Service;

import org.dossier.config.settings.DossierProperties;
import org.dossier.config.store.JobLock;
import org.dossier.config.store.JobNames;
import org.dossier.search.query.BadSearchRequestException;

/**
 * Starts ingest and resolve runs as processes of their own, the same commands an operator types,
 * on the web app's store, indices and data directory. The commands come from
 * {@code dossier.runs.ingest-command} and {@code dossier.runs.resolve-command} ({@code dossier serve}
 * sets both); each run's output goes to {@code <data-dir>/logs/}. A job whose lock another run holds
 * is not started: the refusal names that run. A run whose process cannot start, or ends before it
 * has recorded itself in the job repository (the JVM refusing its options, Elasticsearch not
 * starting), is recorded as a failed run with the reason from its output, so that nothing an
 * operator started goes missing from /runs.
 */
@Service
public class RunLauncher {

    private static final Logger log = LoggerFactory.getLogger(RunLauncher.class);

    private final String ingestCommand;
    private final String resolveCommand;
    private final Path dataDir;
    private final DataSourceProperties store;
    private final DossierProperties properties;
    private final JobLock lock;
    private final RunHistory history;

    /**
     * A run's process, the file its output goes to, and the check made once it has ended (which
     * records the run as failed if it never recorded itself).
     */
    public record Launched(Process process, Path log, CompletableFuture<Void> checked) {

        /** Waits for the process to end and for the check after it; returns its exit code. */
        public int await() throws InterruptedException {
            int exit = process.waitFor();
            checked.join();
            return exit;
        }
    }

    /** A run whose process could not be started: it is in the job repository as a failed run. */
    public static class NotStartedException extends RuntimeException {

        private final long runId;

        NotStartedException(String message, long runId) {
            super(message);
            this.runId = runId;
        }

        public long runId() {
            return runId;
        }
    }

    public RunLauncher(@Value("${dossier.runs.ingest-command:}") String ingestCommand,
                       @Value("${dossier.runs.resolve-command:}") String resolveCommand,
                       DossierProperties properties, DataSourceProperties store, JobLock lock, RunHistory history) {
        this.ingestCommand = ingestCommand;
        this.resolveCommand = resolveCommand;
        this.dataDir = properties.dataPath();
        this.store = store;
        this.properties = properties;
        this.lock = lock;
        this.history = history;
    }

    /** @param input for ingest: a folder, a URL list or a feed URL; ignored for resolve */
    public long start(String job, String input) {
        return launch(job, input).process().pid();
    }

    /**
     * Starts a run's process, its output going to a log of its own.
     *
     * @throws JobLock.BusyException when another run of the job is going
     */
    public Launched launch(String job, String input) {
        List<String> command = new ArrayList<>();
        String ingested = null; // what an ingest run reads, as its run records it
        switch (job == null ? "" : job) {
            case JobNames.INGEST -> {
                if (input == null || input.isBlank()) {
                    throw new BadSearchRequestException("an ingest run needs a source: a folder, a URL list or a feed URL");
                }
                command.addAll(words("dossier.runs.ingest-command", ingestCommand));
                String source = input.strip();
                if (!source.startsWith("http://") && !source.startsWith("https://")) {
                    Path path = Path.of(source).toAbsolutePath().normalize();
                    if (!Files.exists(path)) {
                        throw new BadSearchRequestException("source not found: " + source);
                    }
                    source = path.toString();
                }
                command.add(source);
                ingested = source;
            }
            case JobNames.RESOLVE -> command.addAll(words("dossier.runs.resolve-command", resolveCommand));
            default -> throw new BadSearchRequestException("job must be ingest or resolve, was '" + job + "'");
        }
        lock.holder(job).ifPresent(holder -> {
            throw new JobLock.BusyException(holder);
        });
        command.add("--dossier.data-dir=" + dataDir.toAbsolutePath());
        command.add("--dossier.store.jdbc-url=" + store.getUrl());
        command.add("--dossier.elasticsearch.index-prefix=" + properties.elasticsearch().indexPrefix());
        if (!properties.elasticsearch().uris().isEmpty()) {
            command.add("--dossier.elasticsearch.uris=" + String.join(",",
                    properties.elasticsearch().uris().stream().map(Object::toString).toList()));
        }
        String runInput = ingested;
        Instant launched = Instant.now();
        Path output;
        Process process;
        try {
            Path logs = Files.createDirectories(dataDir.resolve("logs"));
            output = logs.resolve(job + "-" + LocalDateTime.now().format(
                    DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            // Credentials go through the environment, out of sight of ps.
            builder.environment().put("DOSSIER_STORE_USERNAME", nullToEmpty(store.getUsername()));
            builder.environment().put("DOSSIER_STORE_PASSWORD", nullToEmpty(store.getPassword()));
            process = builder.start();
        } catch (IOException e) {
            String reason = "could not start the " + job + " command " + command.get(0) + ": " + e.getMessage();
            long id = history.recordNotStarted(job, runInput, launched, reason);
            log.error("Run {}: {}", id, reason);
            throw new NotStartedException(reason + "; recorded as run " + id, id);
        }
        log.info("Started a {} run as process {} (output in {})", job, process.pid(), output);
        CompletableFuture<Void> checked = process.onExit().thenAccept(ended -> {
            try {
                checkRecorded(job, runInput, launched, ended.exitValue(), output);
            } catch (RuntimeException e) {
                log.error("Could not check that the {} run of process {} recorded itself", job, ended.pid(), e);
            }
        });
        return new Launched(process, output, checked);
    }

    /** Once a run's process has ended: if the run never entered the job repository, it goes in as failed. */
    private void checkRecorded(String job, String input, Instant launched, int exit, Path output) {
        if (exit == JobLock.REFUSED_EXIT_CODE || history.recordedSince(job, input, launched)) {
            // Refused: the run going on is the one to watch. Recorded: the run says how it ended.
            return;
        }
        String reason = "the " + job + " process ended with exit code " + exit + " before the run began: "
                + LaunchOutput.reason(output, job) + " (output: logs/" + output.getFileName() + ")";
        long id = history.recordNotStarted(job, input, launched, reason);
        log.error("Run {}: {}", id, reason);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static List<String> words(String property, String command) {
        if (command == null || command.isBlank()) {
            throw new IllegalStateException("set " + property + " to the command that runs the job "
                    + "(dossier serve sets it)");
        }
        return Arrays.asList(command.strip().split("\\s+"));
    }
}
