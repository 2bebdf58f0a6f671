package org.dossier.config.settings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
 * @param broker the message broker that carries partitions to workers on other machines
 * @param remote how a run waits for the partitions it sent to workers
 */
@Validated
@ConfigurationProperties("dossier")
public record DossierProperties(
        @DefaultValue("./data") @NotNull Path dataDir,
        @DefaultValue @Valid Elasticsearch elasticsearch,
        @DefaultValue @Valid Store store,
        @DefaultValue @Valid Broker broker,
        @DefaultValue @Valid Remote remote) {

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

    /**
     * @param url the broker's address ({@code tcp://host:61616}); empty means start (or reuse) the local
     *        broker under the data directory
     * @param user broker user, when the broker requires one
     * @param password its password
     * @param local settings of the local broker
     */
    public record Broker(String url, String user, String password, @DefaultValue @Valid LocalBroker local) {

        public boolean useLocalBroker() {
            return url == null || url.isBlank();
        }
    }

    /**
     * @param host the address the local broker listens on: 127.0.0.1 for this machine only, 0.0.0.0 for
     *        workers on other machines
     * @param ports port or range the local broker may bind; it takes the first free one
     * @param heap heap size of the local broker's JVM
     * @param startTimeout how long to wait for the local broker to accept connections
     * @param maxDiskUsage the share of its disk in use (per cent) beyond which the local broker refuses
     *        messages: a run then fails at once saying so, rather than waiting for space
     * @param distribution a distribution zip or unpacked home to run instead of the one the build fetched
     */
    public record LocalBroker(
            @DefaultValue("127.0.0.1") String host,
            @DefaultValue("61616-61625") @Pattern(regexp = "\\d+(-\\d+)?") String ports,
            @DefaultValue("256m") @Pattern(regexp = "\\d+[kmg]") String heap,
            @DefaultValue("60s") Duration startTimeout,
            @DefaultValue("90") @Min(0) @Max(100) int maxDiskUsage,
            Path distribution) {
    }

    /**
     * @param takeTimeout how long a partition sent to the broker may wait for a worker to take it; then the
     *        run fails, naming the broker and the queue
     * @param timeout how long a run waits for all its partitions to finish on workers
     * @param pollInterval how often the run reads the job repository to see which partitions finished
     */
    public record Remote(
            @DefaultValue("60s") Duration takeTimeout,
            @DefaultValue("24h") Duration timeout,
            @DefaultValue("1s") Duration pollInterval) {
    }
}
