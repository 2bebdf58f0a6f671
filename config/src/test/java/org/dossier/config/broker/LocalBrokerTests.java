package org.dossier.config.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

import org.dossier.config.settings.DossierProperties;

/** The local broker, a real Artemis from the build's artifact: started once per data directory, shared, stopped by its starter. */
class LocalBrokerTests {

    private static final DossierProperties.LocalBroker SETTINGS = new DossierProperties.LocalBroker(
            "127.0.0.1", "61720-61729", "256m", Duration.ofSeconds(60), 90, null);

    @Test
    void aSecondProcessUsesTheRunningBrokerAndItsStarterStopsIt() {
        Path dataDir = Path.of("target/test-data/broker-launcher");
        try (LocalBroker first = LocalBroker.startOrReuse(dataDir, SETTINGS)) {
            // given: a broker started for the data directory
            assertThat(first.owned()).isTrue();
            assertThat(LocalBroker.answers(first.url())).isTrue();

            // when: another process (here, another launch) asks for the broker of the same data directory
            try (LocalBroker second = LocalBroker.startOrReuse(dataDir, SETTINGS)) {
                // then: it gets the running one, and leaves it running when it closes
                assertThat(second.url()).isEqualTo(first.url());
                assertThat(second.owned()).isFalse();
            }
            assertThat(LocalBroker.answers(first.url())).isTrue();

            // and the starter stops it
            first.close();
            assertThat(LocalBroker.answers(first.url())).isFalse();
        }
    }

    @Test
    void aBrokerWhoseDiskIsFullerThanItsLimitRefusesAMessageAtOnceSayingSo() {
        // given: a local broker allowed no share of its disk, so that any disk is over the limit
        DossierProperties.LocalBroker full = new DossierProperties.LocalBroker(
                "127.0.0.1", "61730-61739", "256m", Duration.ofSeconds(60), 0, null);
        try (LocalBroker broker = LocalBroker.startOrReuse(Path.of("target/test-data/broker-full-disk"), full)) {
            // when: a client sends messages until the broker has looked at its disk (it does every few seconds)
            // then: a send fails, naming the full address, rather than waiting for space
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatThrownBy(() -> {
                try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.url());
                     Connection connection = factory.createConnection()) {
                    Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                    MessageProducer producer = session.createProducer(session.createQueue("full-disk"));
                    for (int i = 0; i < 100; i++) {
                        producer.send(session.createTextMessage("partition " + i));
                        Thread.sleep(500);
                    }
                }
            }).hasMessageContaining("is full"));
        }
    }
}
