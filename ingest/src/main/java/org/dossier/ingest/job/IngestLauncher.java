package org.dossier.ingest.job;

import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import org.dossier.config.store.DeadRuns;

/**
 * Starts the ingest job on a folder, or restarts the folder's last run where it stopped when
 * that run failed or its process died (killed, power cut): Spring Batch then skips the files
 * whose chunks were committed, so nothing is lost and nothing is read twice. A run whose
 * process is still alive is never taken over.
 */
@Component
public class IngestLauncher {

    private static final Logger log = LoggerFactory.getLogger(IngestLauncher.class);

    private final JobLauncher jobLauncher;
    private final Job ingestJob;
    private final JobExplorer jobExplorer;
    private final JobRepository jobRepository;
    private final Clock clock;

    IngestLauncher(JobLauncher jobLauncher, Job ingestJob, JobExplorer jobExplorer, JobRepository jobRepository,
                   Clock clock) {
        this.jobLauncher = jobLauncher;
        this.ingestJob = ingestJob;
        this.jobExplorer = jobExplorer;
        this.jobRepository = jobRepository;
        this.clock = clock;
    }

    public JobExecution run(Path folder) throws Exception {
        return run(folder.toAbsolutePath().normalize().toString());
    }

    /** {@code input}: a folder's or a URL list's absolute path, or a feed's URL. */
    public JobExecution run(String input) throws Exception {
        JobExecution last = lastRun(input);
        if (last != null && last.getStatus().isRunning()) {
            if (RunOwner.isAlive(last)) {
                throw new IllegalStateException("run " + last.getId() + " is still ingesting " + input
                        + " (process " + RunOwner.pid(last) + ")");
            }
            abandon(last);
        }
        if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
            log.info("Restarting run {} of {} where it stopped", last.getId(), input);
            return jobLauncher.run(ingestJob, last.getJobParameters());
        }
        return jobLauncher.run(ingestJob, new JobParametersBuilder()
                .addString(IngestJobConfiguration.INPUT, input)
                .addLong(IngestJobConfiguration.RUN_AT, clock.millis())
                .toJobParameters());
    }

    private JobExecution lastRun(String input) {
        for (JobInstance instance : jobExplorer.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, 100)) {
            JobExecution execution = jobExplorer.getLastJobExecution(instance);
            if (execution != null && input.equals(execution.getJobParameters().getString(IngestJobConfiguration.INPUT))) {
                return execution;
            }
        }
        return null;
    }

    /** Records a run whose process died as failed, with its running steps, so that it can be restarted. */
    private void abandon(JobExecution execution) {
        log.warn("Run {} stopped without finishing (its process {} is gone); marking it failed",
                execution.getId(), RunOwner.pid(execution));
        DeadRuns.markFailed(jobRepository, execution, clock);
    }
}
