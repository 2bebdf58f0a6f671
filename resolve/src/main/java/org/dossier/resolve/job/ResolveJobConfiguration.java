package org.dossier.resolve.job;

import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.dossier.config.elastic.IndexNames;
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
import org.dossier.resolve.entity.EntityPublisher;
import org.dossier.resolve.mention.MentionReader;
import org.dossier.resolve.state.StateFiles;

/**
 * The resolve job: a step that turns the mentions into names and the names into entities, then
 * a step that gives each mention its entity, its documents split into ranges of ids run side by
 * side (on threads, or on workers through the broker), each a chunk of documents at a time, so
 * that a run that stops while writing the mentions resumes there. Wiring only.
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

    @Bean
    StateFiles resolveStateFiles(DossierProperties dossier, IndexNames indexNames) {
        return StateFiles.in(dossier.dataPath().resolve("resolve"), indexNames.documents());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Job resolveJob(JobRepository jobRepository, Step resolveNames, Step publishMentions, JobLock lock,
                   NameEntities nameEntities) {
        JobExecutionListener namesLockHolder = new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                // Whoever is refused the job's lock learns which run holds it.
                lock.attach(JOB_NAME, execution.getId());
            }

            @Override
            public void afterJob(JobExecution execution) {
                nameEntities.forget(execution.getId());
            }
        };
        return new JobBuilder(JOB_NAME, jobRepository).listener(namesLockHolder).start(resolveNames).next(publishMentions)
                .build();
    }

    @Bean
    Step resolveNames(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      ElasticsearchClient client, IndexNames indexNames, JudgementStore judgementStore,
                      EntityRegistry entityRegistry, ReviewQueue reviewQueue, PreferredNames preferredNames,
                      SkipLedger skipLedger, ResolveProperties properties, StateFiles stateFiles, Clock clock,
                      NameEntities nameEntities) {
        return new StepBuilder("resolveNames", jobRepository)
                .tasklet(new NameResolution(client, indexNames, properties.settings(), judgementStore, entityRegistry,
                        reviewQueue, new EntityPublisher(client, indexNames, preferredNames::all), skipLedger, stateFiles,
                        nameEntities, clock),
                        transactionManager)
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
