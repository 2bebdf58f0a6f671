package org.dossier.ingest.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.broker.LocalBroker;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexSchemas;
import org.dossier.config.settings.DossierProperties;
import org.dossier.ingest.IngestApplication;
import org.dossier.ingest.job.IngestLauncher;
import org.dossier.ingest.job.IngestSummary;
import org.dossier.ingest.job.FreshIndices;

/**
 * Ingest with its partitions on worker processes: a real Artemis broker (the local one, from the
 * build's artifact), a run and two workers each in a JVM of its own, as {@code dossier ingest
 * --dossier.ingest.workers=remote} and {@code dossier worker} start them, on the test's store and
 * Elasticsearch.
 */
@SpringBootTest
@ActiveProfiles("test")
class RemoteWorkersFunctionalTests {

    private static final Path NEWS = Path.of("sample-corpus/documents/news/wikinews");
    private static LocalBroker broker;

    @Autowired IngestLauncher launcher;
    @Autowired JobExplorer jobExplorer;
    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;
    @Autowired IndexSchemas schemas;
    @Autowired JdbcTemplate jdbc;
    @Autowired DossierProperties properties;

    @BeforeAll
    static void startBroker() {
        broker = LocalBroker.startOrReuse(Path.of("target/test-data"), new DossierProperties.LocalBroker(
                "127.0.0.1", "61700-61719", "256m", Duration.ofSeconds(60), 90, null));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @BeforeEach
    void emptyIndices() throws IOException {
        FreshIndices.recreate(client, indices, schemas, jdbc);
    }

    @Test
    void aRunWhosePartitionsTwoWorkersTookIndexesWhatASingleProcessRunDoes(@TempDir Path folder) throws Exception {
        // given: eight news pages, ingested once in one process, and what that run made
        copyNews(folder, 8);
        JobExecution single = launcher.run(folder);
        assertThat(single.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        String expected = figures(IngestSummary.of(single, jobExplorer).line());
        Set<String> documents = ids(indices.documents());
        Set<String> mentions = ids(indices.mentions());
        assertThat(documents).hasSize(8);
        FreshIndices.recreate(client, indices, schemas, jdbc);

        // when: two workers, two partitions at once each, take the four partitions of a run of the same folder
        List<Process> processes = new ArrayList<>(); // the workers, then the run: none outlives the test
        try {
            for (int i = 0; i < 2; i++) {
                processes.add(child(IngestWorker.class, List.of("--dossier.ingest.threads=2"), log(folder, "worker-" + i)));
            }
            for (int i = 0; i < 2; i++) {
                awaitLine(processes.get(i), log(folder, "worker-" + i), "worker job=ingest queue=");
            }
            Path runLog = log(folder, "run");
            Process run = child(IngestApplication.class, List.of(folder.toString(), "--dossier.ingest.run-on-startup=true",
                    "--dossier.ingest.workers=remote", "--dossier.ingest.threads=4"), runLog);
            processes.add(run);
            awaitEnd(run, Duration.ofMinutes(3), runLog);

            // then: the run's last line gives the single run's figures, and the indices hold the same
            // documents and mentions, written by both workers
            List<String> output = Files.readAllLines(runLog);
            assertThat(run.exitValue()).as(String.join("\n", tail(output))).isZero();
            assertThat(figures(output.get(output.size() - 1))).isEqualTo(expected);
            assertThat(ids(indices.documents())).isEqualTo(documents);
            assertThat(ids(indices.mentions())).isEqualTo(mentions);
            for (int i = 0; i < 2; i++) {
                assertThat(Files.readString(log(folder, "worker-" + i))).as("worker " + i + " ran partitions")
                        .contains("Running partition ingestPartition:partition");
            }
        } finally {
            for (Process process : processes) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    @Test
    void aRunWhosePartitionsNoWorkerTakesFailsNamingTheBrokerAndTheQueue(@TempDir Path folder) throws Exception {
        // given: a folder, and no worker on the broker
        copyNews(folder, 2);

        // when: a run sends its partitions to workers
        Path runLog = log(folder, "run");
        Process run = child(IngestApplication.class, List.of(folder.toString(), "--dossier.ingest.run-on-startup=true",
                "--dossier.ingest.workers=remote", "--dossier.remote.take-timeout=3s"), runLog);

        // then: it gives up after the take timeout, saying where the partitions wait
        awaitEnd(run, Duration.ofMinutes(2), runLog);
        assertThat(run.exitValue()).isEqualTo(1);
        List<String> output = Files.readAllLines(runLog);
        assertThat(output.get(output.size() - 1)).contains("status=FAILED")
                .contains("failure=\"no worker took 3 of 3 partitions of ingestPartition")
                .contains("from queue " + indices.prefix() + ".ingest.partitions on broker " + broker.url());
    }

    @Test
    void aRunWhoseBrokerRefusesMessagesFailsAtOnceSayingWhy(@TempDir Path folder) throws Exception {
        // given: a broker allowed no share of its disk, which has looked at its disk and refuses messages
        copyNews(folder, 2);
        DossierProperties.LocalBroker noSpace = new DossierProperties.LocalBroker(
                "127.0.0.1", "61740-61749", "256m", Duration.ofSeconds(60), 0, null);
        try (LocalBroker full = LocalBroker.startOrReuse(Path.of("target/test-data/broker-full"), noSpace)) {
            awaitRefusal(full.url());

            // when: a run sends its partitions there
            Path runLog = log(folder, "run");
            Process run = child(IngestApplication.class, List.of(folder.toString(), "--dossier.ingest.run-on-startup=true",
                    "--dossier.ingest.workers=remote", "--dossier.broker.url=" + full.url()), runLog);

            // then: it fails at once (not after the take timeout), saying why the broker refuses them
            awaitEnd(run, Duration.ofSeconds(50), runLog);
            assertThat(run.exitValue()).isEqualTo(1);
            List<String> output = Files.readAllLines(runLog);
            assertThat(output.get(output.size() - 1)).contains("status=FAILED")
                    .contains("could not send the partitions of ingestPartition")
                    .contains("the broker refuses messages while its disk is fuller than its limit");
        }
    }

    @Test
    void aWorkerThatCannotReachTheBrokerStopsAtOnceNamingIt(@TempDir Path folder) throws Exception {
        // given: an address where no broker listens
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        // when: a worker starts with it
        Path workerLog = log(folder, "worker");
        Process worker = child(IngestWorker.class, List.of("--dossier.broker.url=tcp://127.0.0.1:" + closed), workerLog);

        // then: it stops with exit code 1 and says which broker it could not reach
        assertThat(worker.waitFor(2, TimeUnit.MINUTES)).as("the worker stops").isTrue();
        assertThat(worker.exitValue()).isEqualTo(1);
        assertThat(Files.readString(workerLog))
                .contains("dossier worker: not started: cannot reach the broker at tcp://127.0.0.1:" + closed);
    }

    /** A process on this test's classpath, store, indices and broker, as the front door starts one. */
    private Process child(Class<?> main, List<String> options, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx768m",
                "-cp", System.getProperty("java.class.path"), main.getName(),
                "--spring.profiles.active=test",
                "--dossier.elasticsearch.index-prefix=" + indices.prefix(),
                "--dossier.ingest.chunk-size=1"));
        // Spring joins an option given twice with a comma: the test's broker only when no other is given.
        if (options.stream().noneMatch(option -> option.startsWith("--dossier.broker.url="))) {
            command.add("--dossier.broker.url=" + broker.url());
        }
        command.addAll(options);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static Path log(Path folder, String name) {
        return folder.resolveSibling(folder.getFileName() + "-" + name + ".log");
    }

    /** Waits for the process to end; one that does not is stopped, and the failure shows its log's end. */
    private static void awaitEnd(Process process, Duration timeout, Path log) throws Exception {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the run did not end within " + timeout.toSeconds() + " s:\n"
                    + String.join("\n", tail(Files.readAllLines(log))));
        }
    }

    /** Sends to the broker until it refuses: it looks at its disk every few seconds after it starts. */
    private static void awaitRefusal(String url) throws Exception {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
             Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("probe"));
            for (int i = 0; i < 60; i++) {
                try {
                    producer.send(session.createTextMessage("probe"));
                } catch (JMSException refused) {
                    return;
                }
                Thread.sleep(500);
            }
        }
        throw new AssertionError("the broker at " + url + " still takes messages");
    }

    private static void awaitLine(Process process, Path log, String start) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Files.readString(log).lines().anyMatch(line -> line.startsWith(start))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no line '" + start + "...' from the worker:\n"
                        + String.join("\n", tail(Files.readAllLines(log))));
            }
            Thread.sleep(200);
        }
    }

    /** The counts of an ingest's last line, without its run number and duration. */
    private static String figures(String line) {
        return line.replaceAll(" run=\\d+", "").replaceAll(" seconds=[\\d.]+", "");
    }

    private Set<String> ids(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
        return client.search(s -> s.index(index).size(10_000).source(source -> source.fetch(false)), JsonData.class)
                .hits().hits().stream().map(Hit::id).collect(TreeSet::new, Set::add, Set::addAll);
    }

    private static void copyNews(Path folder, int count) throws IOException {
        try (Stream<Path> pages = Files.list(NEWS)) {
            for (Path page : pages.sorted().limit(count).toList()) {
                Files.copy(page, folder.resolve(page.getFileName()));
            }
        }
    }

    private static List<String> tail(List<String> lines) {
        return lines.subList(Math.max(0, lines.size() - 40), lines.size());
    }
}
