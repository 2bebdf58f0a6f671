package org.dossier.config.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dossier.config.local.ServerDistribution;
import org.dossier.config.settings.DossierProperties;

/**
 * A single Artemis broker kept under the data directory, for one machine's manager and workers,
 * the demo and tests. As with the local Elasticsearch, a process that finds the broker of its data
 * directory running uses it; otherwise it starts one and stops it when it closes; a broker whose
 * starter was killed is taken over by the next process, which stops it in its turn. Artemis runs
 * as root as well as as anyone, so it runs as the caller.
 */
public final class LocalBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalBroker.class);
    /** The broker's address once it accepts connections, {@code host:port}. */
    private static final String ADDRESS = "address";
    /** Who started the running broker: the owner's pid, then the broker's. */
    private static final String OWNER = "owner";
    /**
     * Written once the instance is made, so that a half-made one is made again; named for the
     * configuration's version, so that an instance made with an older one is made again too.
     */
    private static final String CREATED = ".dossier-created-2";

    private final String url;
    /** The broker's process when this process stops it on close (it started it or took it over), else null. */
    private final ProcessHandle process;
    private final Path baseDir;

    private LocalBroker(String url, ProcessHandle process, Path baseDir) {
        this.url = url;
        this.process = process;
        this.baseDir = baseDir;
    }

    /** The broker of this data directory: the running one, or a new one once it accepts connections. */
    public static LocalBroker startOrReuse(Path dataDir, DossierProperties.LocalBroker settings) {
        Path baseDir = dataDir.toAbsolutePath().normalize().resolve("broker");
        try {
            Files.createDirectories(baseDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the local broker's folder " + baseDir, e);
        }
        try (FileChannel lockFile = FileChannel.open(baseDir.resolve("launcher.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            Optional<String> running = readAddress(baseDir).filter(LocalBroker::answers);
            Optional<ProcessHandle> orphan = orphan(baseDir);
            if (running.isPresent() && orphan.isPresent()) {
                log.info("Taking over the local broker at {}, left running by a process that died; it stops when "
                        + "this one ends", running.get());
                record(baseDir, orphan.get());
                return new LocalBroker(running.get(), orphan.get(), baseDir);
            }
            if (running.isPresent()) {
                log.info("Using the local broker already running at {} (data in {})", running.get(), baseDir);
                return new LocalBroker(running.get(), null, baseDir);
            }
            orphan.ifPresent(broker -> {
                log.warn("Stopping the local broker (process {}) left unresponsive by a process that died",
                        broker.pid());
                new LocalBroker(null, broker, baseDir).close();
            });
            return start(baseDir, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock " + baseDir.resolve("launcher.lock"), e);
        }
    }

    /** The broker's address for clients on this machine, {@code tcp://host:port}. */
    public String url() {
        return url;
    }

    /** True when this process started the broker, or took it over from a dead one, and stops it on close. */
    public boolean owned() {
        return process != null;
    }

    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        log.info("Stopping the local broker at {}", url);
        process.destroy();
        try {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                log.warn("The local broker did not stop within 30 s; killing it");
                process.destroyForcibly();
                process.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            process.destroyForcibly();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        forget(baseDir);
    }

    private static LocalBroker start(Path baseDir, DossierProperties.LocalBroker settings) throws IOException {
        ServerDistribution distribution = ServerDistribution.locate(ServerDistribution.ARTEMIS, settings.distribution());
        Path home = distribution.install(baseDir);
        Path logs = Files.createDirectories(baseDir.resolve("logs"));
        Path instance = instance(home, baseDir.resolve("instance"), logs);
        int port = freePort(settings.host(), settings.ports());
        Files.deleteIfExists(baseDir.resolve(ADDRESS));

        ProcessBuilder builder = new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run")
                .directory(instance.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("console.log").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        // Appended after the instance's own options, so these win; broker.xml reads host and port from them.
        builder.environment().put("JAVA_ARGS_APPEND", "-Xms64m -Xmx" + settings.heap()
                + " -Ddossier.broker.host=" + settings.host() + " -Ddossier.broker.port=" + port
                + " -Ddossier.broker.max-disk-usage=" + settings.maxDiskUsage());
        builder.environment().remove("JAVA_TOOL_OPTIONS");

        String url = "tcp://" + clientHost(settings.host()) + ":" + port;
        log.info("Starting the local broker (Artemis {}) at {} (data in {})", distribution.version(), url, instance);
        Process process = builder.start();
        LocalBroker broker = null;
        try {
            awaitConnections(process, url, logs, settings.startTimeout());
            broker = new LocalBroker(url, process.toHandle(), baseDir);
            Files.writeString(baseDir.resolve(ADDRESS), url);
            record(baseDir, process.toHandle());
            log.info("Local broker is up at {}", url);
            return broker;
        } finally {
            if (broker == null) {
                new LocalBroker(url, process.toHandle(), baseDir).close();
            }
        }
    }

    /**
     * The broker instance (configuration and journal), made once with Artemis's own {@code create}:
     * anonymous clients, no web console, the core protocol's acceptor on the host and port the
     * broker is started with.
     */
    private static Path instance(Path home, Path instance, Path logs) throws IOException {
        if (Files.isRegularFile(instance.resolve(CREATED))) {
            return instance;
        }
        ServerDistribution.deleteTree(instance);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", home.resolve("lib/artemis-boot.jar").toString(), "-Dartemis.home=" + home,
                "org.apache.activemq.artemis.boot.Artemis", "create", "--silent", "--allow-anonymous", "--no-web",
                "--no-amqp-acceptor", "--no-mqtt-acceptor", "--no-stomp-acceptor", "--no-hornetq-acceptor",
                "--no-autotune", "--nio", "--user=dossier", "--password=dossier", "--host=127.0.0.1",
                "--default-port=61616", instance.toString());
        Process create = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve("create.log").toFile()).start();
        try {
            if (!create.waitFor(2, TimeUnit.MINUTES) || create.exitValue() != 0) {
                create.destroyForcibly();
                throw new IllegalStateException("Could not make the local broker's instance in " + instance
                        + "; see " + logs.resolve("create.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while making the local broker's instance", e);
        }
        Path brokerXml = instance.resolve("etc/broker.xml");
        Files.writeString(brokerXml, ours(Files.readString(brokerXml), brokerXml));
        Files.createFile(instance.resolve(CREATED));
        return instance;
    }

    /**
     * Artemis's configuration as made by {@code create}, with the acceptor on the host and port the
     * broker is started with, the disk limit from the settings, and messages refused rather than held
     * when an address is full: a full broker (most often, a disk fuller than the limit) would otherwise
     * hold a run's send until the connection drops, warning only in the sender's log.
     */
    static String ours(String xml, Path file) {
        String edited = replace(xml, "tcp://127\\.0\\.0\\.1:61616\\?",
                "tcp://\\${dossier.broker.host}:\\${dossier.broker.port}?", file);
        edited = replace(edited, "<max-disk-usage>\\d+</max-disk-usage>",
                "<max-disk-usage>\\${dossier.broker.max-disk-usage}</max-disk-usage>", file);
        return replace(edited, "(<address-setting match=\"#\">(?:(?!</address-setting>).)*)"
                + "<address-full-policy>PAGE</address-full-policy>", "$1<address-full-policy>FAIL</address-full-policy>", file);
    }

    private static String replace(String xml, String regex, String replacement, Path file) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(xml);
        if (!matcher.find()) {
            throw new IllegalStateException("Unexpected broker configuration (no " + regex + "): " + file);
        }
        return matcher.replaceFirst(replacement);
    }

    private static void awaitConnections(Process process, String url, Path logs, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The local broker stopped while starting (exit code "
                        + process.exitValue() + "); see " + logs.resolve("console.log"));
            }
            if (answers(url)) {
                return;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the local broker", e);
            }
        }
        throw new IllegalStateException("The local broker did not accept connections at " + url + " within "
                + timeout.toSeconds() + " s; see " + logs.resolve("console.log"));
    }

    /** Whether an Artemis broker takes a JMS connection at {@code url}. */
    static boolean answers(String url) {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url + "?callTimeout=5000");
             Connection ignored = factory.createConnection()) {
            return true;
        } catch (JMSException | RuntimeException e) {
            return false;
        }
    }

    private static int freePort(String host, String range) {
        String[] bounds = range.split("-");
        int first = Integer.parseInt(bounds[0]);
        int last = bounds.length > 1 ? Integer.parseInt(bounds[1]) : first;
        for (int port = first; port <= last; port++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
                return port;
            } catch (IOException e) {
                // Taken: try the next.
            }
        }
        throw new IllegalStateException("No free port for the local broker in " + range + " on " + host
                + " (dossier.broker.local.ports)");
    }

    /** Where clients on this machine reach a broker listening on {@code host}. */
    private static String clientHost(String host) {
        return "0.0.0.0".equals(host) || "::".equals(host) ? "127.0.0.1" : host;
    }

    private static Optional<String> readAddress(Path baseDir) {
        try {
            return Optional.of(Files.readString(baseDir.resolve(ADDRESS)).strip()).filter(s -> !s.isEmpty());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void record(Path baseDir, ProcessHandle broker) throws IOException {
        Files.write(baseDir.resolve(OWNER), List.of(String.valueOf(ProcessHandle.current().pid()),
                String.valueOf(broker.pid())));
    }

    private static void forget(Path baseDir) {
        try {
            List<String> lines = Files.readAllLines(baseDir.resolve(OWNER));
            if (!lines.isEmpty() && lines.get(0).strip().equals(String.valueOf(ProcessHandle.current().pid()))) {
                Files.deleteIfExists(baseDir.resolve(OWNER));
                Files.deleteIfExists(baseDir.resolve(ADDRESS));
            }
        } catch (IOException e) {
            // No record: nothing to forget.
        }
    }

    /** A broker still running whose starter has died, if the record names one. */
    private static Optional<ProcessHandle> orphan(Path baseDir) {
        try {
            List<String> lines = Files.readAllLines(baseDir.resolve(OWNER));
            if (lines.size() < 2) {
                return Optional.empty();
            }
            boolean ownerAlive = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .map(ProcessHandle::isAlive).orElse(false);
            if (ownerAlive) {
                return Optional.empty();
            }
            // The pid may have gone to another program since: only an Artemis broker is taken over.
            return ProcessHandle.of(Long.parseLong(lines.get(1).strip())).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().orElse("").contains("artemis"));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
