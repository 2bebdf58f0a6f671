package org.dossier.config.settings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Everything under {@code dossier.*} shared by the jobs and the web app. Every value has a
 * default that works on one machine with nothing configured.
 *
 * @param dataDir where local state lives: the embedded Elasticsearch and the H2 store
 * @param elasticsearch which cluster to use and how to name indices
 * @param store the relational store (job repository and analysts' judgements)
 */
@Validated
@ConfigurationProperties("dossier")
public record DossierProperties(
        @DefaultValue("./data") @NotNull Path dataDir,
        @DefaultValue @Valid Elasticsearch elasticsearch,
        @DefaultValue @Valid Store store) {

    /** The data directory as an absolute, normalised path. */
    public Path dataPath() {
        return dataDir.toAbsolutePath().normalize();
    }

    /**
     * @param uris cluster addresses; empty means start (or reuse) the local server under the data directory
     * @param indexPrefix every index and alias name starts with this
     * @param local settings of the local server
     */
    public record Elasticsearch(
            List<URI> uris,
            @DefaultValue("dossier") @Pattern(regexp = "[a-z0-9][a-z0-9_-]*",
                    message = "must be lowercase letters, digits, '-' or '_'") String indexPrefix,
            @DefaultValue @Valid Local local) {

        public Elasticsearch {
            uris = uris == null ? List.of() : List.copyOf(uris);
        }

        public boolean useLocalServer() {
            return uris.isEmpty();
        }
    }

    /**
     * @param heap heap size of the local server's JVM
     * @param httpPorts port or range the local server may bind; it takes the first free one
     * @param startTimeout how long to wait for the local server to report health
     * @param distribution a distribution zip or unpacked home to run instead of the one the build fetched
     */
    public record Local(
            @DefaultValue("512m") @Pattern(regexp = "\\d+[kmg]") String heap,
            @DefaultValue("9280-9289") @Pattern(regexp = "\\d+(-\\d+)?") String httpPorts,
            @DefaultValue("120s") Duration startTimeout,
            Path distribution) {
    }

    /**
     * @param jdbcUrl JDBC URL; empty means an H2 file under the data directory
     * @param username database user
     * @param password database password
     */
    public record Store(String jdbcUrl, @DefaultValue("sa") String username, @DefaultValue("") String password) {
    }
}
