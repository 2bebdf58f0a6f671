package org.dossier.resolve.job;

import java.time.Clock;
import java.util.List;

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
 * Starts a resolve run, or restarts the last one where it stopped when it failed or its process
 * died: Spring Batch then skips the steps it finished, and the mentions step resumes after its
 * last committed chunk. Call it holding the job's lock: no other run can then be going, so a run
 * the repository still shows running is one whose process is gone.
 */
@Component
public class ResolveLauncher {

    private static final Logger log = LoggerFactory.getLogger(ResolveLauncher.class);

    private final JobLauncher jobLauncher;
    private final Job resolveJob;
    private final JobExplorer jobExplorer;
    private final JobRepository jobRepository;
    private final Clock clock;

    ResolveLauncher(JobLauncher jobLauncher, Job resolveJob, JobExplorer jobExplorer, JobRepository jobRepository,
                    Clock clock) {
        this.jobLauncher = jobLauncher;
        this.resolveJob = resolveJob;
        this.jobExplorer = jobExplorer;
        this.jobRepository = jobRepository;
        this.clock = clock;
    }

    /** A run that reads only the documents indexed since the last (see {@link #run(boolean)}). */
    public JobExecution run() throws Exception {
        return run(false);
    }

    /**
     * @param full read every document rather than only those indexed since the last run (a
     *        restarted run keeps the choice it was started with)
     */
    public JobExecution run(boolean full) throws Exception {
        JobExecution last = lastRun();
        if (last != null && last.getStatus().isRunning()) {
            log.warn("Run {} stopped without finishing (its process is gone); marking it failed", last.getId());
            DeadRuns.markFailed(jobRepository, last, clock);
        }
        if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
            log.info("Restarting run {} where it stopped", last.getId());
            return jobLauncher.run(resolveJob, last.getJobParameters());
        }
        return jobLauncher.run(resolveJob, new JobParametersBuilder()
                .addLong(ResolveJobConfiguration.RUN_AT, clock.millis())
                .addString(ResolveJobConfiguration.FULL, String.valueOf(full)).toJobParameters());
    }

    /** What a run did, its earlier attempts included. */
    public ResolveSummary summary(JobExecution execution) {
        return ResolveSummary.of(execution, jobExplorer.getJobExecutions(execution.getJobInstance()));
    }

    private JobExecution lastRun() {
        List<JobInstance> last = jobExplorer.getJobInstances(ResolveJobConfiguration.JOB_NAME, 0, 1);
        return last.isEmpty() ? null : jobExplorer.getLastJobExecution(last.get(0));
    }
}
