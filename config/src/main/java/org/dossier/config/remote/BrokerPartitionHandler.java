package org.dossier.config.remote;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.activemq.artemis.api.core.ActiveMQAddressFullException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jms.JmsException;
import org.springframework.jms.core.JmsTemplate;

import org.dossier.config.broker.BrokerAddress;
import org.dossier.config.settings.DossierProperties;

/**
 * The manager's side of remote partitioning: sends each partition as a request to the job's queue
 * and waits until the job repository, which workers share, shows them all finished. It polls the
 * repository rather than aggregating replies, because the repository is shared anyway and holds
 * each partition's outcome, so no reply queue and no in-memory state can be lost on the way.
 * <p>
 * Unlike Spring Batch Integration's own handler, it tells "nobody is listening" from "still
 * working": partitions that no worker took while none was running, for the take timeout, are
 * marked failed (a worker that finds one later leaves it) and the run fails naming the broker and
 * the queue, instead of waiting for the whole timeout.
 */
class BrokerPartitionHandler extends AbstractPartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(BrokerPartitionHandler.class);

    private final String workerStep;
    private final String queue;
    private final JmsTemplate jms;
    private final BrokerAddress broker;
    private final JobExplorer explorer;
    private final JobRepository repository;
    private final DossierProperties.Remote settings;

    BrokerPartitionHandler(String workerStep, int gridSize, String queue, JmsTemplate jms, BrokerAddress broker,
                           JobExplorer explorer, JobRepository repository, DossierProperties.Remote settings) {
        this.workerStep = workerStep;
        this.queue = queue;
        this.jms = jms;
        this.broker = broker;
        this.explorer = explorer;
        this.repository = repository;
        this.settings = settings;
        setGridSize(gridSize);
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        if (partitions.isEmpty()) {
            return partitions;
        }
        for (StepExecution partition : partitions) {
            send(new StepExecutionRequest(workerStep, partition.getJobExecutionId(), partition.getId()));
        }
        log.info("Sent {} partitions of {} to queue {} on broker {}; waiting for workers", partitions.size(),
                workerStep, queue, broker);
        Set<StepExecution> finished = await(manager.getJobExecutionId(),
                partitions.stream().map(StepExecution::getId).collect(Collectors.toSet()));
        // A worker's exception stays in the worker; its exit description, in the repository, says what it was.
        finished.stream().filter(step -> step.getStatus() == BatchStatus.FAILED).findFirst().ifPresent(step -> {
            throw new RemotePartitionException(step.getStepName() + " of " + workerStep + " failed on a worker: "
                    + firstLine(step.getExitStatus().getExitDescription()));
        });
        return finished;
    }

    /** The first line of a stack trace, without the exception's class name. */
    private static String firstLine(String description) {
        String line = description == null || description.isBlank() ? "no reason recorded" : description.lines().findFirst().orElse("");
        int colon = line.indexOf(": ");
        return colon > 0 && line.substring(0, colon).matches("[\\w.$]+") ? line.substring(colon + 2) : line;
    }

    private void send(StepExecutionRequest request) {
        try {
            jms.convertAndSend(queue, PartitionRequests.write(request));
        } catch (JmsException e) {
            boolean full = root(e) instanceof ActiveMQAddressFullException;
            throw new RemotePartitionException("could not send the partitions of " + workerStep + " to queue " + queue
                    + " on broker " + broker + ": " + rootMessage(e) + (full
                    ? " (the broker refuses messages while its disk is fuller than its limit, or the address holds "
                    + "more than its size limit: free space, or raise dossier.broker.local.max-disk-usage for the "
                    + "local broker)"
                    : " (dossier.broker.url)"));
        }
    }

    /** Until every partition has finished, or none is going and some have not been taken for the take timeout. */
    private Set<StepExecution> await(long jobExecutionId, Set<Long> ids) throws InterruptedException {
        Instant started = Instant.now();
        Instant lastMove = started;
        Map<Long, BatchStatus> seen = new HashMap<>();
        while (true) {
            Map<Long, StepExecution> current = new HashMap<>();
            explorer.getJobExecution(jobExecutionId).getStepExecutions().stream()
                    .filter(step -> ids.contains(step.getId())).forEach(step -> current.put(step.getId(), step));
            Map<Long, BatchStatus> statuses = current.values().stream()
                    .collect(Collectors.toMap(StepExecution::getId, StepExecution::getStatus));
            if (!statuses.equals(seen)) {
                lastMove = Instant.now();
                seen = statuses;
                log.info("Partitions of {}: {}", workerStep, summary(statuses));
            }
            List<StepExecution> untaken = current.values().stream()
                    .filter(step -> step.getStatus() == BatchStatus.STARTING).toList();
            boolean going = current.values().stream()
                    .anyMatch(step -> step.getStatus().isRunning() && step.getStatus() != BatchStatus.STARTING);
            if (untaken.isEmpty() && !going) {
                return new HashSet<>(current.values());
            }
            if (!going && since(lastMove).compareTo(settings.takeTimeout()) > 0) {
                Set<String> refused = fail(untaken, "no worker took it from queue " + queue + " on broker " + broker);
                if (!refused.isEmpty()) {
                    throw new RemotePartitionException("no worker took " + refused.size() + " of " + ids.size()
                            + " partitions of " + workerStep + " (" + String.join(", ", refused) + ") from queue "
                            + queue + " on broker " + broker + " within " + settings.takeTimeout().toSeconds()
                            + " s: start workers on that broker (dossier worker), or raise dossier.remote.take-timeout");
                }
                lastMove = Instant.now();
            }
            if (since(started).compareTo(settings.timeout()) > 0) {
                List<StepExecution> unfinished = current.values().stream()
                        .filter(step -> step.getStatus().isRunning()).toList();
                // Failed, so that a restart runs them again (Spring Batch restarts no partition that seems going).
                fail(unfinished, "the run stopped waiting for it after " + settings.timeout().toSeconds() + " s");
                throw new RemotePartitionException("the partitions of " + workerStep + " sent to queue " + queue
                        + " on broker " + broker + " did not finish within " + settings.timeout().toSeconds()
                        + " s (dossier.remote.timeout): " + untaken.size() + " not taken, "
                        + (unfinished.size() - untaken.size()) + " still going (a worker stopped mid-partition?)");
            }
            Thread.sleep(settings.pollInterval().toMillis());
        }
    }

    /**
     * Marks partitions the run gives up on as failed, so that a worker that takes their request later
     * leaves it and a restart sends them again; one a worker took or saved meanwhile is left to it.
     */
    private Set<String> fail(List<StepExecution> partitions, String why) {
        Set<String> failed = new TreeSet<>();
        for (StepExecution step : partitions) {
            step.setStatus(BatchStatus.FAILED);
            step.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
            step.setEndTime(LocalDateTime.now());
            try {
                repository.update(step);
                failed.add(step.getStepName());
            } catch (OptimisticLockingFailureException e) {
                log.info("Partition {} was taken or saved by a worker just now", step.getStepName());
            }
        }
        return failed;
    }

    /** How many partitions are in each state: "2 finished, 1 going, 1 waiting for a worker". */
    private static String summary(Map<Long, BatchStatus> statuses) {
        long waiting = statuses.values().stream().filter(status -> status == BatchStatus.STARTING).count();
        long going = statuses.values().stream()
                .filter(status -> status.isRunning() && status != BatchStatus.STARTING).count();
        return (statuses.size() - waiting - going) + " finished, " + going + " going, " + waiting
                + " waiting for a worker";
    }

    private static Duration since(Instant instant) {
        return Duration.between(instant, Instant.now());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = root(e);
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static Throwable root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
