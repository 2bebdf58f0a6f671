package org.dossier.config.remote;

import java.util.Collection;
import java.util.List;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.NoSuchStepException;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.jms.core.JmsTemplate;

import org.dossier.config.broker.BrokerAddress;
import org.dossier.config.settings.DossierProperties;

/**
 * Both sides of a job's remote partitions, over one queue per job: the manager's partition handler,
 * which sends a partitioned step's partitions to the queue and waits for them in the job
 * repository; and a worker's flow, which takes requests from the queue and runs the partition step
 * they name. Manager and workers must share the relational store (the job repository) and the
 * Elasticsearch cluster.
 */
public class RemotePartitions {

    private final ConnectionFactory connectionFactory;
    private final BrokerAddress broker;
    private final JobExplorer explorer;
    private final JobRepository repository;
    private final DossierProperties properties;

    public RemotePartitions(ConnectionFactory connectionFactory, BrokerAddress broker, JobExplorer explorer,
                            JobRepository repository, DossierProperties properties) {
        this.connectionFactory = connectionFactory;
        this.broker = broker;
        this.explorer = explorer;
        this.repository = repository;
        this.properties = properties;
    }

    /** The queue of a job's partition requests. */
    public String queue(String jobName) {
        return PartitionRequests.queue(properties.elasticsearch().indexPrefix(), jobName);
    }

    public BrokerAddress broker() {
        return broker;
    }

    /** The manager's side: {@code gridSize} partitions of {@code workerStep} sent to the job's queue. */
    public PartitionHandler manager(String jobName, String workerStep, int gridSize) {
        return new BrokerPartitionHandler(workerStep, gridSize, queue(jobName), new JmsTemplate(connectionFactory),
                broker, explorer, repository, properties.remote());
    }

    /**
     * A worker's side: runs, for each request on the job's queue, the one of {@code steps} it
     * names, {@code concurrency} at once.
     */
    public IntegrationFlow worker(String jobName, List<Step> steps, int concurrency) {
        WorkerRequestHandler handler = new WorkerRequestHandler(explorer);
        handler.setStepLocator(new NamedSteps(steps));
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(connectionFactory)
                        .destination(queue(jobName))
                        .configureListenerContainer(container -> container
                                .concurrentConsumers(concurrency).maxConcurrentConsumers(concurrency)))
                .transform(String.class, PartitionRequests::read)
                .handle(StepExecutionRequest.class, (request, headers) -> {
                    handler.handle(request);
                    return null;
                })
                .get();
    }

    /** Fails at once, naming the broker, when it cannot be reached, rather than retrying in the background. */
    public void checkBroker() {
        try (Connection ignored = connectionFactory.createConnection()) {
            // Reached.
        } catch (JMSException | RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new IllegalStateException("cannot reach the broker at " + broker + " (dossier.broker.url): "
                    + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage()), e);
        }
    }

    /** The steps a worker runs, found by the name in its requests. */
    private record NamedSteps(List<Step> steps) implements StepLocator {

        @Override
        public Collection<String> getStepNames() {
            return steps.stream().map(Step::getName).toList();
        }

        @Override
        public Step getStep(String name) {
            return steps.stream().filter(step -> step.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new NoSuchStepException("this worker runs " + getStepNames() + ", not " + name));
        }
    }
}
