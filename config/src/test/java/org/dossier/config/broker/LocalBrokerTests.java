package org.dossier.config.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.dossier.config.settings.DossierProperties;

/** The local broker, a real Artemis from the build's artifact: started once per data directory, shared, stopped by its starter. */
class LocalBrokerTests {

    private static final DossierProperties.LocalBroker SETTINGS = new DossierProperties.LocalBroker(
            "127.0.0.1", "61720-61729", "256m", Duration.ofSeconds(60), null);

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
}
