package org.dossier.config.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;

/**
 * A worker's handling of one partition request: Spring Batch Integration's, which runs the named
 * step on the partition's execution from the shared job repository, after two checks of ours. A
 * request whose partition is no longer waiting (the run gave up on it, or another worker has it) is
 * left, so that a stale message never runs a partition twice or one the run has given up on.
 */
class WorkerRequestHandler extends StepExecutionRequestHandler {

    private static final Logger log = LoggerFactory.getLogger(WorkerRequestHandler.class);

    private final JobExplorer explorer;

    WorkerRequestHandler(JobExplorer explorer) {
        this.explorer = explorer;
        setJobExplorer(explorer);
    }

    @Override
    public StepExecution handle(StepExecutionRequest request) {
        StepExecution partition = explorer.getStepExecution(request.getJobExecutionId(), request.getStepExecutionId());
        if (partition == null) {
            log.warn("Left request {}: no such partition in the job repository (is this worker on the same store "
                    + "as the run?)", PartitionRequests.write(request));
            return null;
        }
        if (partition.getStatus() != BatchStatus.STARTING || !partition.getJobExecution().isRunning()) {
            log.info("Left request {}: partition {} is {} and its run {}", PartitionRequests.write(request),
                    partition.getStepName(), partition.getStatus(), partition.getJobExecution().getStatus());
            return null;
        }
        log.info("Running partition {} of run {} ({})", partition.getStepName(), request.getJobExecutionId(),
                request.getStepName());
        StepExecution done = super.handle(request);
        log.info("Partition {} of run {}: {}", partition.getStepName(), request.getJobExecutionId(),
                done.getStatus());
        return done;
    }
}
