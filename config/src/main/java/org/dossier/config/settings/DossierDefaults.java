package org.dossier.config.settings;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lowest-priority defaults shared by every Dossier application, so that each one runs with no
 * configuration: the relational store is an H2 file under the data directory, its schema comes
 * from our migrations, and jobs start only when a command asks for them.
 */
public class DossierDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "dossierDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Path dataDir = Path.of(environment.getProperty("dossier.data-dir", "./data")).toAbsolutePath().normalize();
        // H2 refuses implicitly relative paths, so the default URL is built from the absolute data directory.
        String h2 = "jdbc:h2:file:" + dataDir.resolve("store/dossier") + ";AUTO_SERVER=TRUE";

        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("dossier.store.jdbc-url", h2);
        defaults.put("spring.datasource.url", "${dossier.store.jdbc-url}");
        defaults.put("spring.datasource.username", "${dossier.store.username:sa}");
        defaults.put("spring.datasource.password", "${dossier.store.password:}");
        // Migrations both stores read alike, then those each writes its own way (H2 or PostgreSQL).
        defaults.put("spring.flyway.locations", "classpath:db/migration/common,classpath:db/migration/{vendor}");
        defaults.put("spring.batch.jdbc.initialize-schema", "never");
        defaults.put("spring.batch.job.enabled", "false");
        defaults.put("spring.main.banner-mode", "off");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
