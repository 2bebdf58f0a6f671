package org.dossier.config.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DossierDefaultsTest {

    @Test
    void storeIsAnH2FileUnderTheAbsoluteDataDirectory() {
        MockEnvironment environment = new MockEnvironment().withProperty("dossier.data-dir", "some/relative/dir");

        new DossierDefaults().postProcessEnvironment(environment, new SpringApplication());

        Path expected = Path.of("some/relative/dir").toAbsolutePath().normalize().resolve("store/dossier");
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:h2:file:" + expected + ";AUTO_SERVER=TRUE");
    }

    @Test
    void aConfiguredJdbcUrlWins() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("dossier.store.jdbc-url", "jdbc:postgresql://db/dossier");

        new DossierDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/dossier");
    }
}
