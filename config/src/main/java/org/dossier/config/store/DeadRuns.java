package org.dossier.config.store;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.repository.JobRepository;

/** Runs whose process died (killed, power cut) with the job repository still saying they run. */
public final class DeadRuns {

    private DeadRuns() {
    }

    /** Records the run, and its running steps, as failed, so that it can be restarted where it stopped. */
    public static void markFailed(JobRepository repository, JobExecution execution, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("process died"));
                step.setEndTime(now);
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription("process died"));
        execution.setEndTime(now);
        repository.update(execution);
    }
}
