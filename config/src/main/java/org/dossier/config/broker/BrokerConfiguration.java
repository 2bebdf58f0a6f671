package org.dossier.config.broker;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jms.connection.CachingConnectionFactory;

import org.dossier.config.settings.DossierProperties;

/**
 * The broker's address and a JMS connection to it: {@code dossier.broker.url}, or the local broker
 * of the data directory when none is set. Imported by the applications that send or run partitions.
 */
@Configuration(proxyBeanMethods = false)
public class BrokerConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${dossier.broker.url:}'.isEmpty()")
    LocalBroker localBroker(DossierProperties properties) {
        return LocalBroker.startOrReuse(properties.dataPath(), properties.broker().local());
    }

    @Bean
    BrokerAddress brokerAddress(DossierProperties properties, ObjectProvider<LocalBroker> localBroker) {
        DossierProperties.Broker broker = properties.broker();
        return new BrokerAddress(broker.useLocalBroker() ? localBroker.getObject().url() : broker.url().strip());
    }

    @Bean
    ConnectionFactory brokerConnectionFactory(BrokerAddress address, DossierProperties properties) {
        ActiveMQConnectionFactory artemis = new ActiveMQConnectionFactory(address.url(),
                properties.broker().user(), properties.broker().password());
        // No messages buffered by a consumer that is busy with a partition: each goes to a free worker.
        artemis.setConsumerWindowSize(0);
        CachingConnectionFactory caching = new CachingConnectionFactory(artemis);
        caching.setCacheConsumers(false);
        return caching;
    }
}
