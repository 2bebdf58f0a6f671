package org.dossier.config.remote;

import jakarta.jms.ConnectionFactory;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import org.dossier.config.broker.BrokerAddress;
import org.dossier.config.broker.BrokerConfiguration;
import org.dossier.config.settings.DossierProperties;

/**
 * Remote partitions and the broker they travel through. Imported by a job's configuration when it
 * sends its partitions to workers, or when its process is a worker; never auto-configured, so that
 * nothing else connects to a broker.
 */
@Configuration(proxyBeanMethods = false)
@Import(BrokerConfiguration.class)
public class RemotePartitionsConfiguration {

    @Bean
    RemotePartitions remotePartitions(ConnectionFactory brokerConnectionFactory, BrokerAddress brokerAddress,
                                      JobExplorer jobExplorer, JobRepository jobRepository,
                                      DossierProperties properties) {
        return new RemotePartitions(brokerConnectionFactory, brokerAddress, jobExplorer, jobRepository, properties);
    }
}
