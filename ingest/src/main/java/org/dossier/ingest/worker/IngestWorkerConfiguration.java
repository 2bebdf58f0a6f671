package org.dossier.ingest.worker;

import java.util.List;

import org.springframework.batch.core.Step;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;

import org.dossier.config.remote.RemotePartitions;
import org.dossier.ingest.job.IngestJobConfiguration;
import org.dossier.ingest.job.IngestProperties;

/** A worker process: takes ingest's partition requests from the broker and runs them, as many at once as it has threads. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = IngestWorker.ENABLED, havingValue = "true")
public class IngestWorkerConfiguration {

    @Bean
    IntegrationFlow ingestPartitionRequests(RemotePartitions remotePartitions, Step ingestPartition,
                                            IngestProperties properties) {
        // Checked before listening: a listener that cannot connect only retries, quietly, for ever.
        remotePartitions.checkBroker();
        return remotePartitions.worker(IngestJobConfiguration.JOB_NAME, List.of(ingestPartition), properties.threadCount());
    }
}
