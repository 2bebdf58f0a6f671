package org.dossier.ingest.job;

import java.time.LocalDateTime;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;

import org.dossier.config.store.JobLock;
import org.dossier.config.store.ProcessOwner;

/**
 * Writes into each run the process and host doing it, so that a later launch can tell a run
 * whose process died (to restart) from one still going (to leave alone).
 */
class RunOwner implements JobExecutionListener {

    private static final String PID = "pid";
    private static final String HOST = "host";

    private final JobRepository jobRepository;
    private final JobLock lock;

    RunOwner(JobRepository jobRepository, JobLock lock) {
        this.jobRepository = jobRepository;
        this.lock = lock;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        ProcessOwner self = ProcessOwner.current();
        execution.getExecutionContext().putLong(PID, self.pid());
        execution.getExecutionContext().putString(HOST, self.host());
        jobRepository.updateExecutionContext(execution);
        // Whoever is refused the job's lock from now on learns which run holds it.
        lock.attach(execution.getJobInstance().getJobName(), execution.getId());
    }

    static long pid(JobExecution execution) {
        return execution.getExecutionContext().getLong(PID, -1);
    }

    /**
     * Whether the run's process still lives. A run from another host counts as alive; so does one
     * not yet marked, for its first minute.
     */
    static boolean isAlive(JobExecution execution) {
        var context = execution.getExecutionContext();
        if (!context.containsKey(PID)) {
            return execution.getCreateTime() != null
                    && execution.getCreateTime().isAfter(LocalDateTime.now().minusMinutes(1));
        }
        return new ProcessOwner(context.getLong(PID), context.getString(HOST, "")).isAlive();
    }
}
