package org.dossier.resolve.worker;

import java.util.List;

import org.springframework.batch.core.Step;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.dsl.IntegrationFlow;

import org.dossier.config.remote.RemotePartitions;
import org.dossier.resolve.job.ResolveJobConfiguration;
import org.dossier.resolve.job.ResolveProperties;

/**
 * A worker process: takes resolve's partition requests from the broker (parts of the pairs step,
 * partitions of the mentions step) and runs them, as many at once as it has threads.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = ResolveWorker.ENABLED, havingValue = "true")
public class ResolveWorkerConfiguration {

    @Bean
    IntegrationFlow resolvePartitionRequests(RemotePartitions remotePartitions, Step mentionsPartition,
                                             Step pairsPartition, ResolveProperties properties) {
        // Checked before listening: a listener that cannot connect only retries, quietly, for ever.
        remotePartitions.checkBroker();
        return remotePartitions.worker(ResolveJobConfiguration.JOB_NAME, List.of(pairsPartition, mentionsPartition),
                properties.threadCount());
    }
}
