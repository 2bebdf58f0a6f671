package org.dossier.resolve.job;

import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.dossier.config.elastic.IndexNames;
import org.dossier.config.store.EntityRegistry;
import org.dossier.config.store.JobLock;
import org.dossier.config.store.JobNames;
import org.dossier.config.store.JudgementStore;
import org.dossier.config.store.PreferredNames;
import org.dossier.config.store.ReviewQueue;
import org.dossier.config.store.SkipLedger;
import org.dossier.resolve.entity.EntityPublisher;

/** The resolve job: one step that turns the mentions into entities. Wiring only. */
@Configuration(proxyBeanMethods = false)
public class ResolveJobConfiguration {

    public static final String JOB_NAME = JobNames.RESOLVE;
    /** Job parameter that makes every run its own job instance. */
    public static final String RUN_AT = "runAt";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Job resolveJob(JobRepository jobRepository, Step resolveNames, JobLock lock) {
        // Whoever is refused the job's lock learns which run holds it.
        JobExecutionListener namesLockHolder = new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                lock.attach(JOB_NAME, execution.getId());
            }
        };
        return new JobBuilder(JOB_NAME, jobRepository).listener(namesLockHolder).start(resolveNames).build();
    }

    @Bean
    Step resolveNames(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      ElasticsearchClient client, IndexNames indexNames, JudgementStore judgementStore,
                      EntityRegistry entityRegistry, ReviewQueue reviewQueue, PreferredNames preferredNames,
                      SkipLedger skipLedger, ResolveProperties properties, Clock clock) {
        return new StepBuilder("resolveNames", jobRepository)
                .tasklet(new NameResolution(client, indexNames, properties.settings(), judgementStore, entityRegistry,
                        reviewQueue, new EntityPublisher(client, indexNames, preferredNames::all), skipLedger, clock),
                        transactionManager)
                .build();
    }
}
