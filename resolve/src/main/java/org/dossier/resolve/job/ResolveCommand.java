package org.dossier.resolve.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import org.dossier.config.store.JobLock;
import org.dossier.config.store.RunMetrics;

/**
 * Runs the resolve job once, under the job's lock (never two resolve runs at once), restarting the
 * last run where it stopped if it failed, and keeps its summary. Exit codes: 0 done, 1 failed, 4
 * refused (another run is going).
 */
@Component
@ConditionalOnProperty(name = "dossier.resolve.run-on-startup", havingValue = "true", matchIfMissing = true)
public class ResolveCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(ResolveCommand.class);

    private final ResolveLauncher launcher;
    private final JobLock lock;
    private final RunMetrics metrics;
    private int exitCode;
    private String summary = "resolve status=NOT_RUN";

    ResolveCommand(ResolveLauncher launcher, JobLock lock, RunMetrics metrics) {
        this.launcher = launcher;
        this.lock = lock;
        this.metrics = metrics;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        JobExecution execution;
        try {
            boolean full = args.containsOption(ResolveJobConfiguration.FULL);
            execution = lock.holding(ResolveJobConfiguration.JOB_NAME, null, () -> launcher.run(full));
        } catch (JobLock.BusyException e) {
            log.error("Not started: {}", e.getMessage());
            exitCode = JobLock.REFUSED_EXIT_CODE;
            summary = "resolve status=REFUSED reason=\"" + e.getMessage() + "\"";
            return;
        }
        ResolveSummary result = launcher.summary(execution);
        metrics.record(execution.getId(), ResolveJobConfiguration.JOB_NAME, result.figures());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            log.error("Resolve run {} failed: {}", execution.getId(), result.failure());
            exitCode = 1;
        }
        result.details().forEach(log::info);
        summary = result.line();
    }

    public String summary() {
        return summary;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
