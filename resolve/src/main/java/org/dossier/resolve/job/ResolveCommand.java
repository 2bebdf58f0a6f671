package org.dossier.resolve.job;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Runs the resolve job once and keeps its summary. Exit codes: 0 done, 1 failed. */
@Component
@ConditionalOnProperty(name = "dossier.resolve.run-on-startup", havingValue = "true", matchIfMissing = true)
public class ResolveCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(ResolveCommand.class);

    private final JobLauncher launcher;
    private final Job resolveJob;
    private final Clock clock;
    private int exitCode;
    private String summary = "resolve status=NOT_RUN";

    ResolveCommand(JobLauncher launcher, Job resolveJob, Clock clock) {
        this.launcher = launcher;
        this.resolveJob = resolveJob;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        JobExecution execution = launcher.run(resolveJob, new JobParametersBuilder()
                .addLong(ResolveJobConfiguration.RUN_AT, clock.millis()).toJobParameters());
        ResolveSummary result = ResolveSummary.of(execution);
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            log.error("Resolve run {} failed: {}", execution.getId(), result.failure());
            exitCode = 1;
        }
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
