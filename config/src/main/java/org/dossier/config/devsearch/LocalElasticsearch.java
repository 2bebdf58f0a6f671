package org.dossier.config.devsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import org.dossier.config.elastic.ClusterHealth;
import org.dossier.config.local.ServerDistribution;
import org.dossier.config.settings.DossierProperties;

/**
 * A single-node Elasticsearch kept under the data directory, for development, demos and tests.
 * A process that finds the server of its data directory already running uses it; otherwise it
 * starts one, and stops it again when it closes. So the jobs and the web app share one server,
 * and the last one standing leaves nothing running that it started. A server whose starter was
 * killed is taken over by the next process, which stops it in its turn (see {@link ServerOwner}).
 */
public final class LocalElasticsearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalElasticsearch.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** The folders in the temporary folder that keep servers' files for data directories their account cannot write. */
    private static final String FALLBACK_PREFIX = "dossier-elasticsearch-";
    /** Beside such files: the data directory they serve. */
    private static final String DATA_DIR_FILE = "data-dir";

    private final URI uri;
    /** The server's process when this process stops it on close (it started it or took it over), else null. */
    private final ProcessHandle process;
    private final Path baseDir;
    /** The data directory the server is kept for. */
    private final Path dataDir;

    private LocalElasticsearch(URI uri, ProcessHandle process, Path baseDir, Path dataDir) {
        this.uri = uri;
        this.process = process;
        this.baseDir = baseDir;
        this.dataDir = dataDir;
    }

    /** The server of this data directory: the running one, or a new one once it reports health. */
    public static LocalElasticsearch startOrReuse(DossierProperties properties) {
        DossierProperties.Local local = properties.elasticsearch().local();
        ServerAccount account = ServerAccount.current();
        Path baseDir = baseDir(properties.dataPath(), account);
        String clusterName = "dossier-" + shortHash(baseDir.toString());
        try (FileChannel lockFile = FileChannel.open(baseDir.resolve("launcher.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            Optional<URI> running = runningServer(baseDir, clusterName);
            Optional<ProcessHandle> orphan = ServerOwner.orphan(baseDir);
            if (running.isPresent() && orphan.isPresent()) {
                log.info("Taking over the local Elasticsearch at {}, left running by a process that died; it stops "
                        + "when this one ends", running.get());
                ServerOwner.record(baseDir, orphan.get());
                return new LocalElasticsearch(running.get(), orphan.get(), baseDir, properties.dataPath());
            }
            if (running.isPresent()) {
                log.info("Using the local Elasticsearch already running at {} (data in {})", running.get(), baseDir);
                return new LocalElasticsearch(running.get(), null, baseDir, properties.dataPath());
            }
            // A server left by a dead process that no longer answers holds the data: stop it before starting anew.
            orphan.ifPresent(server -> {
                log.warn("Stopping the local Elasticsearch (process {}) left unresponsive by a process that died",
                        server.pid());
                new LocalElasticsearch(null, server, baseDir, properties.dataPath()).close();
            });
            return start(baseDir, properties.dataPath(), clusterName, local, account);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + baseDir.resolve("launcher.lock"), e);
        }
    }

    /** The running server of this data directory, if any; starts nothing. */
    public static Optional<URI> running(DossierProperties properties) {
        Path baseDir = baseDir(properties.dataPath(), ServerAccount.current());
        return runningServer(baseDir, "dossier-" + shortHash(baseDir.toString()));
    }

    public URI uri() {
        return uri;
    }

    /** Where the server's files are: under the data directory, or a folder of their own when its account cannot write there. */
    Path serverFiles() {
        return baseDir;
    }

    /** True when this process started the server, or took it over from a dead one, and stops it on close. */
    public boolean owned() {
        return process != null;
    }

    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        log.info("Stopping the local Elasticsearch at {}", uri);
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                log.warn("Elasticsearch did not stop within 60 s; killing it");
                process.destroyForcibly();
                tree.forEach(ProcessHandle::destroyForcibly);
            }
            for (ProcessHandle child : tree) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        ServerOwner.forget(baseDir);
        removeIfOrphaned();
    }

    /**
     * The server's files kept outside its data directory (see {@link #baseDir(Path, ServerAccount)}),
     * removed once that directory is gone (a test's temporary folder, say): no process can use
     * them again, and they would stay behind in the temporary folder, some 120 MB each.
     */
    private void removeIfOrphaned() {
        if (!baseDir.startsWith(dataDir) && !Files.exists(dataDir)) {
            remove(baseDir, dataDir);
        }
    }

    /**
     * The other servers' files kept in the temporary folder whose data directory is gone and which
     * no live process records as running (their data directory went after they stopped): left
     * behind, since no process can use them again.
     */
    private static void removeOrphans(Path kept) {
        try (Stream<Path> others = Files.list(kept.getParent())) {
            others.filter(dir -> dir.getFileName().toString().startsWith(FALLBACK_PREFIX) && !dir.equals(kept))
                    .forEach(dir -> {
                        try {
                            Path dataDir = Path.of(Files.readString(dir.resolve(DATA_DIR_FILE)).strip());
                            if (!Files.exists(dataDir) && !ServerOwner.recorded(dir)) {
                                remove(dir, dataDir);
                            }
                        } catch (IOException | RuntimeException e) {
                            // Not noted, or not readable: left alone.
                        }
                    });
        } catch (IOException e) {
            log.warn("Could not list {}: {}", kept.getParent(), e.toString());
        }
    }

    private static void remove(Path files, Path dataDir) {
        try {
            FileSystemUtils.deleteRecursively(files);
            log.info("Removed {}, the local Elasticsearch's files for {}, which is gone", files, dataDir);
        } catch (IOException e) {
            log.warn("Could not remove {}, the local Elasticsearch's files for {}, which is gone: {}", files, dataDir,
                    e.toString());
        }
    }

    private static Path baseDir(Path dataDir, ServerAccount account) {
        Path preferred = dataDir.resolve("elasticsearch");
        if (prepared(preferred, account)) {
            return preferred;
        }
        // Root starts the server as nobody, who may not be able to reach a folder under /root.
        Path fallback = Path.of(System.getProperty("java.io.tmpdir"), FALLBACK_PREFIX + shortHash(preferred.toString()));
        if (prepared(fallback, account)) {
            log.warn("The Elasticsearch account cannot write in {}; keeping the server's files in {} instead",
                    preferred, fallback);
            try {
                Files.writeString(fallback.resolve(DATA_DIR_FILE), dataDir.toAbsolutePath().toString());
            } catch (IOException e) {
                log.warn("Could not note in {} which data directory it serves: {}", fallback, e.toString());
            }
            removeOrphans(fallback);
            return fallback;
        }
        throw new IllegalStateException("Neither " + preferred + " nor " + fallback
                + " can be written by the account that runs Elasticsearch"
                + (account.isRoot() ? " (nobody)" : ""));
    }

    private static boolean prepared(Path dir, ServerAccount account) {
        try {
            Files.createDirectories(dir.resolve("tmp"));
            return account.prepare(dir);
        } catch (IOException e) {
            return false;
        }
    }

    private static LocalElasticsearch start(Path baseDir, Path dataDir, String clusterName, DossierProperties.Local local,
                                            ServerAccount account) throws IOException {
        ServerDistribution distribution = ServerDistribution.locate(ServerDistribution.ELASTICSEARCH, local.distribution());
        Path home = distribution.install(baseDir);
        Path logs = Files.createDirectories(baseDir.resolve("logs"));
        Files.createDirectories(baseDir.resolve("data"));
        Path portsFile = logs.resolve("http.ports");
        Files.deleteIfExists(portsFile);
        if (!account.prepare(baseDir)) {
            throw new IllegalStateException("The Elasticsearch account cannot write in " + baseDir);
        }
        Path console = logs.resolve("console.log");

        List<String> command = account.wrap(List.of(
                home.resolve("bin/elasticsearch").toString(),
                "-E", "cluster.name=" + clusterName,
                "-E", "node.name=dossier-local",
                "-E", "discovery.type=single-node",
                "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + local.httpPorts(),
                "-E", "node.portsfile=true",
                "-E", "path.data=" + baseDir.resolve("data"),
                "-E", "path.logs=" + logs,
                "-E", "xpack.security.enabled=false",
                // A laptop's disk is often fuller than a cluster's watermarks allow.
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(logs.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ES_TMPDIR", baseDir.resolve("tmp").toString());
        builder.environment().put("ES_JAVA_OPTS", "-Xms" + local.heap() + " -Xmx" + local.heap());
        builder.environment().remove("JAVA_TOOL_OPTIONS");

        log.info("Starting the local Elasticsearch {} (data in {}, ports {})",
                distribution.version(), baseDir, local.httpPorts());
        Process process = builder.start();
        LocalElasticsearch server = null;
        try {
            URI uri = awaitHealth(process, portsFile, logs, clusterName, local.startTimeout());
            server = new LocalElasticsearch(uri, process.toHandle(), baseDir, dataDir);
            ServerOwner.record(baseDir, process.toHandle());
            log.info("Local Elasticsearch is up at {}", uri);
            return server;
        } finally {
            if (server == null) {
                new LocalElasticsearch(null, process.toHandle(), baseDir, dataDir).close();
            }
        }
    }

    private static URI awaitHealth(Process process, Path portsFile, Path logs, String clusterName,
                                   Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch stopped while starting (exit code "
                        + process.exitValue() + "): " + failure(logs.resolve(clusterName + ".log"))
                        + "; see " + logs + " (if a port is taken, set dossier.elasticsearch.local.http-ports"
                        + " to a free port or range)");
            }
            Optional<URI> uri = readPorts(portsFile);
            if (uri.isPresent() && healthy(uri.get(), clusterName)) {
                return uri.get();
            }
            sleep(Duration.ofMillis(300));
        }
        // Up, but some shards still on their way back (many indices, a busy machine): the jobs
        // wait for their own indices, so this is no reason to give up the server.
        Optional<URI> uri = readPorts(portsFile);
        if (uri.isPresent() && answers(uri.get(), clusterName)) {
            log.warn("Elasticsearch at {} is up but still bringing back shards after {} s; going on", uri.get(),
                    timeout.toSeconds());
            return uri.get();
        }
        throw new IllegalStateException("Elasticsearch did not report health within " + timeout.toSeconds()
                + " s; see " + logs);
    }

    /** The server of this data directory that answers, whatever the state of its shards. */
    private static Optional<URI> runningServer(Path baseDir, String clusterName) {
        return readPorts(baseDir.resolve("logs/http.ports")).filter(uri -> answers(uri, clusterName));
    }

    private static Optional<URI> readPorts(Path portsFile) {
        try {
            if (!Files.isRegularFile(portsFile)) {
                return Optional.empty();
            }
            return Files.readAllLines(portsFile).stream().map(String::strip).filter(s -> !s.isEmpty())
                    .findFirst().map(address -> URI.create("http://" + address));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The cluster named for this data directory answers (not some other server on the port). */
    private static boolean answers(URI uri, String clusterName) {
        return ClusterHealth.report(HTTP, uri, Duration.ofSeconds(5))
                .filter(health -> clusterName.equals(health.path("cluster_name").asText())).isPresent();
    }

    /** Green or yellow, and the cluster named for this data directory (not some other server on the port). */
    private static boolean healthy(URI uri, String clusterName) {
        return ClusterHealth.report(HTTP, uri, Duration.ofSeconds(5))
                .filter(health -> clusterName.equals(health.path("cluster_name").asText())
                        && !"red".equals(health.path("status").asText()))
                .isPresent();
    }

    /**
     * The exception that stopped the server: the first one logged after its last "fatal
     * exception while booting" line (later ones come from shutting down), else the last one.
     */
    private static String failure(Path serverLog) {
        try (Stream<String> lines = Files.lines(serverLog, StandardCharsets.UTF_8)) {
            List<String> all = lines.toList();
            int fatal = -1;
            for (int k = 0; k < all.size(); k++) {
                if (all.get(k).contains("fatal exception while booting")) {
                    fatal = k;
                }
            }
            List<String> exceptions = all.subList(Math.max(fatal, 0), all.size()).stream()
                    .filter(line -> line.matches("^[\\w.$]+(Exception|Error): .*")).toList();
            if (exceptions.isEmpty()) {
                return "no cause in " + serverLog;
            }
            return fatal >= 0 ? exceptions.get(0) : exceptions.get(exceptions.size() - 1);
        } catch (IOException | UncheckedIOException e) {
            return "no server log at " + serverLog;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
