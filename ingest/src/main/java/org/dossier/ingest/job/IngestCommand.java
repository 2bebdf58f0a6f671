package org.dossier.ingest.job;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import org.dossier.config.store.JobLock;
import org.dossier.config.store.RunMetrics;

/**
 * Runs the ingest job on the source named on the command line (restarting the source's last
 * run if it did not finish) and keeps its summary, under the job's lock: never two ingest runs
 * at once. Exit codes: 0 done, 1 failed, 3 done with skips, 4 refused (another run is going).
 */
@Component
@ConditionalOnProperty(name = "dossier.ingest.run-on-startup", havingValue = "true", matchIfMissing = true)
public class IngestCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(IngestCommand.class);

    private final IngestLauncher launcher;
    private final JobExplorer explorer;
    private final JobLock lock;
    private final RunMetrics metrics;
    private int exitCode;
    private String summary = "ingest status=NOT_RUN";
    private List<String> details = List.of();

    IngestCommand(IngestLauncher launcher, JobExplorer explorer, JobLock lock, RunMetrics metrics) {
        this.launcher = launcher;
        this.explorer = explorer;
        this.lock = lock;
        this.metrics = metrics;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        IngestArguments arguments = IngestArguments.parse(args.getSourceArgs());
        JobExecution execution;
        try {
            execution = lock.holding(IngestJobConfiguration.JOB_NAME, arguments.input(),
                    () -> launcher.run(arguments.input()));
        } catch (JobLock.BusyException e) {
            log.error("Not started: {}", e.getMessage());
            exitCode = JobLock.REFUSED_EXIT_CODE;
            summary = "ingest status=REFUSED reason=\"" + e.getMessage() + "\"";
            return;
        } catch (IllegalStateException e) {
            log.error("Not started: {}", e.getMessage());
            exitCode = 1;
            summary = "ingest status=NOT_STARTED reason=\"" + e.getMessage() + "\"";
            return;
        }
        IngestSummary summary = IngestSummary.of(execution, explorer);
        metrics.record(execution.getId(), IngestJobConfiguration.JOB_NAME, summary.figures());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            execution.getAllFailureExceptions().forEach(e -> {
                log.error("Ingest run {} failed: {}", execution.getId(), IngestSummary.reason(e));
                log.debug("Ingest run {} failed", execution.getId(), e);
            });
            exitCode = 1;
        } else {
            exitCode = summary.skipped() > 0 ? 3 : 0;
        }
        this.details = summary.details();
        this.summary = summary.line();
    }

    /** The run's headline in key=value form. */
    public String summary() {
        return summary;
    }

    /** What goes above the headline: skips by reason, time by stage. */
    public List<String> details() {
        return details;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
