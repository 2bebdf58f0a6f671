package org.dossier.ingest.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Runs the ingest job on the folder named on the command line and keeps its summary. Exit codes: 0 done, 1 failed, 3 done with skips.
 */
@Component
@ConditionalOnProperty(name = "dossier.ingest.run-on-startup", havingValue = "true", matchIfMissing = true)
public class IngestCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(IngestCommand.class);

    private final JobLauncher jobLauncher;
    private final Job ingestJob;
    private final Clock clock;
    private int exitCode;
    private String summary = "ingest status=NOT_RUN";

    IngestCommand(JobLauncher jobLauncher, Job ingestJob, Clock clock) {
        this.jobLauncher = jobLauncher;
        this.ingestJob = ingestJob;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        IngestArguments arguments = IngestArguments.parse(args.getSourceArgs());
        JobParameters parameters = new JobParametersBuilder()
                .addString(IngestJobConfiguration.INPUT, arguments.input().toString())
                .addLong(IngestJobConfiguration.RUN_AT, clock.millis())
                .toJobParameters();
        JobExecution execution = jobLauncher.run(ingestJob, parameters);
        IngestSummary summary = IngestSummary.of(execution);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            execution.getAllFailureExceptions().forEach(e -> {
                log.error("Ingest run {} failed: {}", execution.getId(), e.getMessage());
                log.debug("Ingest run {} failed", execution.getId(), e);
            });
            exitCode = 1;
        } else {
            exitCode = summary.skipped() > 0 ? 3 : 0;
        }
        this.summary = summary.line();
    }

    /** The run's headline in key=value form. */
    public String summary() {
        return summary;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
