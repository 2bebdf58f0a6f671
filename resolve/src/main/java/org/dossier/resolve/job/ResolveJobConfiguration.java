package org.dossier.resolve.job;

import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.dossier.config.elastic.IndexNames;
import org.dossier.config.remote.NumberedPartitions;
import org.dossier.config.remote.PartitionThreads;
import org.dossier.config.remote.RemotePartitions;
import org.dossier.config.remote.Workers;
import org.dossier.config.settings.DossierProperties;
import org.dossier.config.store.EntityRegistry;
import org.dossier.config.store.JobLock;
import org.dossier.config.store.JobNames;
import org.dossier.config.store.JudgementStore;
import org.dossier.config.store.PreferredNames;
import org.dossier.config.store.ReviewQueue;
import org.dossier.config.store.SkipLedger;
import org.dossier.resolve.NameResolver;
import org.dossier.resolve.entity.EntityPublisher;
import org.dossier.resolve.mention.MentionReader;
import org.dossier.resolve.state.StateFiles;

/**
 * The resolve job, its phases as steps: the mentions read into names; the names blocked and their
 * pairs scored, in parts by blocking key side by side (on threads, or on workers through the
 * broker); the pairs weighed with their context and the judgements into entities, which get their
 * ids and are published with the review queue; then each mention given its entity, its documents
 * split into ranges of ids run side by side (on threads, or on workers), each a chunk of documents
 * at a time, so that a run that stops while writing the mentions resumes there. Wiring only.
 */
@Configuration(proxyBeanMethods = false)
public class ResolveJobConfiguration {

    public static final String JOB_NAME = JobNames.RESOLVE;
    /** Documents whose mentions are written, and the place saved, at a time. */
    static final int DOCUMENTS_PER_CHUNK = 100;
    /** Job parameter that makes every run its own job instance. */
    public static final String RUN_AT = "runAt";
    /** Job parameter: "true" reads every document, whatever the last run left. */
    public static final String FULL = "full";
    private static final String NAMES_DONE = "NAMES DONE";
    private static final String NAMES_TO_DO = "NAMES TO DO";

    @Bean
    StateFiles resolveStateFiles(DossierProperties dossier, IndexNames indexNames) {
        return StateFiles.in(dossier.dataPath().resolve("resolve"), indexNames.documents());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    NamesAtHand namesAtHand() {
        return new NamesAtHand();
    }

    /**
     * The names steps hold their work in this process's memory (see {@link NamesAtHand}): a run
     * restarted before its cluster step ended reads and scores the names again; one restarted
     * after it goes on with the mentions, where they stopped.
     */
    @Bean
    Job resolveJob(JobRepository jobRepository, Step readNames, Step scorePairs, Step clusterNames,
                   Step publishMentions, JobLock lock, NameEntities nameEntities, NamesAtHand namesAtHand) {
        JobExecutionListener namesLockHolder = new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                // Whoever is refused the job's lock learns which run holds it.
                lock.attach(JOB_NAME, execution.getId());
            }

            @Override
            public void afterJob(JobExecution execution) {
                nameEntities.forget(execution.getId());
                namesAtHand.forget(execution.getId());
            }
        };
        JobExecutionDecider namesDone = (execution, step) -> {
            StepExecution clustered = jobRepository.getLastStepExecution(execution.getJobInstance(), clusterNames.getName());
            return clustered != null && clustered.getStatus() == BatchStatus.COMPLETED
                    && !clustered.getJobExecutionId().equals(execution.getId())
                    ? new FlowExecutionStatus(NAMES_DONE) : new FlowExecutionStatus(NAMES_TO_DO);
        };
        Flow names = new FlowBuilder<Flow>("resolveNames").start(readNames).next(scorePairs).next(clusterNames).build();
        return new JobBuilder(JOB_NAME, jobRepository).listener(namesLockHolder)
                .start(namesDone).on(NAMES_DONE).to(publishMentions)
                .from(namesDone).on(NAMES_TO_DO).to(names).next(publishMentions)
                .end().build();
    }

    @Bean
    Step readNames(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                   ElasticsearchClient client, IndexNames indexNames, JudgementStore judgementStore,
                   ResolveProperties properties, StateFiles stateFiles, NamesAtHand namesAtHand) {
        return new StepBuilder("readNames", jobRepository)
                .tasklet(new ReadNames(client, indexNames, properties.settings(), judgementStore, stateFiles, namesAtHand,
                        properties.pairsRemote()), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    /**
     * The block and score phases as parts by blocking key, side by side on threads of this process,
     * or sent to workers through the broker.
     */
    @Bean
    Step scorePairs(JobRepository jobRepository, Step pairsPartition, ResolveProperties properties,
                    ObjectProvider<RemotePartitions> remotePartitions) {
        int parts = pairParts(properties);
        PartitionStepBuilder step = new StepBuilder("scorePairs", jobRepository)
                .partitioner(pairsPartition.getName(), new NumberedPartitions())
                .step(pairsPartition)
                .allowStartIfComplete(true);
        if (properties.pairsRemote()) {
            return step.partitionHandler(remotePartitions.getObject()
                    .manager(JOB_NAME, pairsPartition.getName(), parts)).build();
        }
        return step.gridSize(parts).taskExecutor(PartitionThreads.executor("resolve-pairs", parts)).build();
    }

    /** The parts of the pairs step: one per thread, at most 127 (see {@link NameResolver.ScoredPairs#merge}). */
    private static int pairParts(ResolveProperties properties) {
        return Math.min(properties.threadCount(), Byte.MAX_VALUE);
    }

    /** One part of the pairs; what a worker runs. */
    @Bean
    Step pairsPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        NamesAtHand namesAtHand, StateFiles stateFiles, ResolveProperties properties) {
        return new StepBuilder("pairsPartition", jobRepository)
                .tasklet(new ScorePairs(namesAtHand, stateFiles, properties.settings()), transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step clusterNames(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      ElasticsearchClient client, IndexNames indexNames, EntityRegistry entityRegistry,
                      ReviewQueue reviewQueue, PreferredNames preferredNames, SkipLedger skipLedger,
                      ResolveProperties properties, StateFiles stateFiles, Clock clock, NameEntities nameEntities,
                      NamesAtHand namesAtHand) {
        return new StepBuilder("clusterNames", jobRepository)
                .tasklet(new ClusterNames(namesAtHand, properties.settings(), entityRegistry, reviewQueue,
                        new EntityPublisher(client, indexNames, preferredNames::all), skipLedger, stateFiles,
                        nameEntities, clock, pairParts(properties)), transactionManager)
                .build();
    }

    /** The mentions step: its partitions on threads of this process, or sent to workers through the broker. */
    @Bean
    Step publishMentions(JobRepository jobRepository, Step mentionsPartition, ElasticsearchClient client,
                         IndexNames indexNames, PreferredNames preferredNames, StateFiles stateFiles,
                         ResolveProperties properties, ObjectProvider<RemotePartitions> remotePartitions) {
        MentionReader reader = new MentionReader(client, indexNames.mentions(), indexNames.documents());
        MentionRanges ranges = new MentionRanges(() -> reader.list().ids(),
                new EntityPublisher(client, indexNames, preferredNames::all), stateFiles);
        int partitions = properties.threadCount();
        PartitionStepBuilder step = new StepBuilder("publishMentions", jobRepository)
                .partitioner(mentionsPartition.getName(), ranges)
                .step(mentionsPartition)
                .listener(ranges);
        if (properties.workers() == Workers.REMOTE) {
            return step.partitionHandler(remotePartitions.getObject()
                    .manager(JOB_NAME, mentionsPartition.getName(), partitions)).build();
        }
        return step.gridSize(partitions).taskExecutor(PartitionThreads.executor("resolve", partitions)).build();
    }

    /** One range of documents, a chunk at a time; what a worker runs. */
    @Bean
    Step mentionsPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           MentionDocuments mentionDocuments, MentionEntitiesWriter mentionEntitiesWriter) {
        return new StepBuilder("mentionsPartition", jobRepository)
                .<MentionReader.Document, MentionReader.Document>chunk(DOCUMENTS_PER_CHUNK, transactionManager)
                .reader(mentionDocuments)
                .writer(mentionEntitiesWriter)
                .build();
    }

    /** What a process's partitions of one run share: the survey and every name's entity, loaded once. */
    @Bean
    NameEntities nameEntities(EntityRegistry entityRegistry, ElasticsearchClient client, IndexNames indexNames,
                              StateFiles stateFiles) {
        return new NameEntities(entityRegistry, new MentionReader(client, indexNames.mentions(), indexNames.documents()),
                stateFiles);
    }

    @Bean
    @StepScope
    MentionDocuments mentionDocuments(ElasticsearchClient client, IndexNames indexNames, NameEntities nameEntities) {
        return new MentionDocuments(new MentionReader(client, indexNames.mentions(), indexNames.documents()),
                nameEntities);
    }

    @Bean
    @StepScope
    MentionEntitiesWriter mentionEntitiesWriter(ElasticsearchClient client, IndexNames indexNames,
                                                PreferredNames preferredNames, NameEntities nameEntities) {
        return new MentionEntitiesWriter(new EntityPublisher(client, indexNames, preferredNames::all), nameEntities);
    }
}
