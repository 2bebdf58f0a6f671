package org.dossier.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.devsearch.LocalElasticsearch;
import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.elastic.DossierIndex;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexSchemas;
import org.dossier.config.store.JobLock;
import org.dossier.ingest.IngestApplication;

/**
 * Runs that do not finish: the job runs in a child process (as {@code dossier ingest} does),
 * which the test kills or cuts off from Elasticsearch; the next launch restarts that run.
 */
@SpringBootTest
@ActiveProfiles("test")
class IngestRestartFunctionalTests {

    private static final Path NEWS = Path.of("sample-corpus/documents/news");
    private static final String REQUIRED_NODE = "index.routing.allocation.require._name";

    @Autowired IngestLauncher launcher;
    @Autowired JobExplorer jobExplorer;
    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;
    @Autowired IndexSchemas schemas;
    @Autowired JdbcTemplate jdbc;
    @Autowired LocalElasticsearch elasticsearch;
    @Autowired JobLock lock;

    @BeforeEach
    void emptyIndices() throws IOException {
        FreshIndices.recreate(client, indices, schemas, jdbc);
    }

    @Test
    void aRunKilledMidwayIsRestartedWhereItStoppedWithEveryFileIndexedOnce(@TempDir Path folder) throws Exception {
        // given: the sample news, some fifty files, and a run in its own process, killed (SIGKILL) once
        // a few of its chunks are committed
        int files = copyNews(folder);
        Process child = ingestInChildProcess(folder, List.of(), folder.resolveSibling(folder.getFileName() + ".log"));
        await(() -> documentCount() >= 5 || !child.isAlive(), Duration.ofMinutes(3));
        assertThat(child.isAlive()).as("the child run should still be going when killed").isTrue();
        child.destroyForcibly().waitFor();
        JobExecution killed = lastRunOf(folder);
        assertThat(killed.getStatus()).isEqualTo(BatchStatus.STARTED);

        // when: ingest is launched again on the folder
        JobExecution restarted = launcher.run(folder);

        // then: it is the same run, taken up where it stopped, and every file is there once
        assertThat(restarted.getJobInstance().getId()).isEqualTo(killed.getJobInstance().getId());
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jobExplorer.getJobExecution(killed.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        long readAgain = restarted.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith("ingestPartition"))
                .mapToLong(StepExecution::getReadCount).sum();
        assertThat(readAgain).as("files read again after the restart").isLessThan(files);
        assertThat(documentCount()).isEqualTo(files);
        IngestSummary summary = IngestSummary.of(restarted, jobExplorer);
        assertThat(summary.indexed() + summary.duplicates()).isEqualTo(files);
    }

    @Test
    void aRunThatLosesElasticsearchRetriesFailsNamingTheCauseAndCompletesOnRestart(@TempDir Path folder)
            throws Exception {
        // given: a run in its own process that reaches Elasticsearch through a relay, cut mid-run
        int files = copyNews(folder);
        Path log = folder.resolveSibling(folder.getFileName() + ".log");
        Process child;
        try (TcpProxy relay = new TcpProxy(elasticsearch.uri().getHost(), elasticsearch.uri().getPort())) {
            child = ingestInChildProcess(folder, List.of(
                    "--dossier.elasticsearch.uris=http://127.0.0.1:" + relay.port(),
                    "--dossier.ingest.index-retries=2", "--dossier.ingest.index-backoff-max=1s"), log);
            await(() -> documentCount() >= 5 || !child.isAlive(), Duration.ofMinutes(3));
            assertThat(child.isAlive()).as("the child run should still be going when the server goes").isTrue();
            relay.cut();

            // when: the run has tried again and given up
            assertThat(child.waitFor()).isEqualTo(1);
        }

        // then: it failed saying why, and its last line says so
        List<String> output = Files.readAllLines(log);
        assertThat(output).anySatisfy(line -> assertThat(line)
                .contains("Ingest run " + lastRunOf(folder).getId() + " failed: Elasticsearch did not")
                .contains("Connection refused"));
        assertThat(output.get(output.size() - 1)).contains("status=FAILED").contains("failure=\"Elasticsearch did not");
        JobExecution failed = lastRunOf(folder);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);

        // and once the server is back, the restart of that run completes with nothing lost
        JobExecution restarted = launcher.run(folder);
        assertThat(restarted.getJobInstance().getId()).isEqualTo(failed.getJobInstance().getId());
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(documentCount()).isEqualTo(files);
        assertThat(IngestSummary.of(restarted, jobExplorer).read()).isEqualTo(files);
    }

    @Test
    void aWriteCutOffMidwayLeavesEveryDocumentWithAllItsMentionsAfterTheRestart(@TempDir Path folder)
            throws Exception {
        // given: a run whose every operation is a bulk request of its own, and whose Elasticsearch
        // dies as its second bulk request begins: between a document and its mentions, had the
        // document gone first
        int files = copyNews(folder);
        try (TcpProxy relay = new TcpProxy(elasticsearch.uri().getHost(), elasticsearch.uri().getPort())) {
            relay.cutAtBulk(1);
            Process child = ingestInChildProcess(folder, List.of(
                    "--dossier.elasticsearch.uris=http://127.0.0.1:" + relay.port(),
                    "--dossier.ingest.max-bulk-size=1B", "--dossier.ingest.index-retries=0"),
                    folder.resolveSibling(folder.getFileName() + ".log"));
            assertThat(child.waitFor()).isEqualTo(1);
        }

        // when: the run is restarted with Elasticsearch back
        JobExecution restarted = launcher.run(folder);

        // then: every document names only what its mentions say, and every mention has its document
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(documentCount()).isEqualTo(files);
        client.indices().refresh(r -> r.index(indices.mentions()));
        List<DocumentRecord> documents = client.search(s -> s.index(indices.documents()).size(files),
                DocumentRecord.class).hits().hits().stream().map(hit -> hit.source()).toList();
        for (DocumentRecord document : documents) {
            long mentions = client.count(c -> c.index(indices.mentions())
                    .query(q -> q.term(t -> t.field("documentId").value(document.id())))).count();
            if (!document.people().isEmpty() || !document.organizations().isEmpty()) {
                assertThat(mentions).as(document.source() + " names " + document.people() + " and has mentions")
                        .isPositive();
            }
        }
        long orphans = client.count(c -> c.index(indices.mentions()).query(q -> q.bool(b -> b.mustNot(m -> m
                .terms(t -> t.field("documentId").terms(v -> v.value(documents.stream()
                        .map(d -> FieldValue.of(d.id())).toList()))))))).count();
        assertThat(orphans).as("mentions of no document").isZero();
    }

    @Test
    void aDocumentWrittenByATryWhoseAnswerWasLostCountsAsIndexedOnceNotAsADuplicate(@TempDir Path folder)
            throws Exception {
        // given: pages that name no one, each written in a bulk request of its own, and a relay
        // that passes the second one to Elasticsearch but loses its answer
        int files = 6;
        for (int k = 1; k <= files; k++) {
            Files.writeString(folder.resolve("page-" + k + ".txt"), "The weather was fine on day " + k
                    + " of the fair, and the stalls stayed open late into the evening.");
        }
        Path log = folder.resolveSibling(folder.getFileName() + ".log");
        try (TcpProxy relay = new TcpProxy(elasticsearch.uri().getHost(), elasticsearch.uri().getPort())) {
            relay.loseAnswerOfBulk(2);
            Process child = ingestInChildProcess(folder, List.of(
                    "--dossier.elasticsearch.uris=http://127.0.0.1:" + relay.port(),
                    "--dossier.ingest.max-bulk-size=1B", "--dossier.ingest.index-backoff-max=1s"), log);

            // when: the chunk is tried again and the run goes on
            assertThat(child.waitFor()).as(String.join("\n", Files.readAllLines(log))).isZero();
        }

        // then: every page is indexed once, and the run counts each as indexed, none as a duplicate
        assertThat(documentCount()).isEqualTo(files);
        IngestSummary summary = IngestSummary.of(lastRunOf(folder), jobExplorer);
        assertThat(summary.indexed()).isEqualTo(files);
        assertThat(summary.duplicates()).isZero();
    }

    @Test
    void aMentionsIndexThatTakesNoWritesFailsTheRunAndLeavesNoDocumentWithoutItsMentions(@TempDir Path folder)
            throws Exception {
        // given: the news, and a mentions index that refuses writes (as a full disk makes it)
        int files = copyNews(folder);
        Path log = folder.resolveSibling(folder.getFileName() + ".log");
        blockWrites(indices.mentions(), true);
        try {
            // when: ingest runs
            Process child = ingestInChildProcess(folder, List.of("--dossier.ingest.index-retries=0"), log);

            // then: the run fails with the index's reason, and has written no document
            assertThat(child.waitFor()).isEqualTo(1);
            assertThat(Files.readAllLines(log)).last().asString().contains("status=FAILED").contains("cluster_block");
            assertThat(documentCount()).isZero();
        } finally {
            blockWrites(indices.mentions(), false);
        }

        // and once it takes writes again, the restart writes every page with its mentions
        JobExecution restarted = launcher.run(folder);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(documentCount()).isEqualTo(files);
        client.indices().refresh(r -> r.index(indices.mentions()));
        for (DocumentRecord document : client.search(s -> s.index(indices.documents()).size(files),
                DocumentRecord.class).hits().hits().stream().map(hit -> hit.source()).toList()) {
            long mentions = client.count(c -> c.index(indices.mentions())
                    .query(q -> q.term(t -> t.field("documentId").value(document.id())))).count();
            if (!document.people().isEmpty() || !document.organizations().isEmpty()) {
                assertThat(mentions).as(document.source() + " has its mentions").isPositive();
            }
        }
    }

    @Test
    void aRunThatStartsWhileTheIndexIsRecoveringWaitsForItAndCompletes(@TempDir Path folder) throws Exception {
        // given: a documents index whose shard is not there (as just after a server restarts)
        int files = copyNews(folder);
        Path log = folder.resolveSibling(folder.getFileName() + ".log");
        String documents = indices.documents();
        String versioned = DossierIndex.DOCUMENTS.versionedName(indices.prefix());
        client.indices().delete(d -> d.index(versioned));
        ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(getClass().getClassLoader()
                .getResource(DossierIndex.DOCUMENTS.schemaResource()));
        ((ObjectNode) schema.get("settings")).put(REQUIRED_NODE, "no-such-node");
        client.indices().create(c -> c.index(versioned).withJson(new StringReader(schema.toString()))
                .aliases(documents, a -> a).waitForActiveShards(w -> w.count(0)));
        assertThat(client.cluster().health(h -> h.index(documents)).status()).isEqualTo(HealthStatus.Red);

        // when: ingest starts, and the shard comes back once it is under way
        Process child = ingestInChildProcess(folder, List.of(), log);
        await(() -> !child.isAlive() || logged(log, "Waiting up to"), Duration.ofMinutes(2));
        Thread.sleep(3_000);
        client.indices().putSettings(p -> p.index(documents)
                .settings(t -> t.otherSettings(REQUIRED_NODE, JsonData.of("*"))));

        // then: the run waited, and completed with every file
        assertThat(child.waitFor()).as(String.join("\n", Files.readAllLines(log))).isZero();
        assertThat(documentCount()).isEqualTo(files);
    }

    @Test
    void aRunStartedWhileAnotherGoesIsRefusedNamingItAndADeadHolderHoldsNothing(@TempDir Path folder) throws Exception {
        // given: another process (this one) holds the ingest job's lock for its run 77 of the news
        Files.writeString(folder.resolve("note.txt"), "Interpol met in Lyon on Monday.");
        Path log = folder.resolveSibling(folder.getFileName() + ".log");
        lock.acquire(IngestJobConfiguration.JOB_NAME, NEWS.toString());
        try {
            lock.attach(IngestJobConfiguration.JOB_NAME, 77);

            // when: an ingest of another folder starts
            Process refused = ingestInChildProcess(folder, List.of(), log);

            // then: it is refused (exit code 4), naming the run that goes on, and reads nothing
            assertThat(refused.waitFor()).isEqualTo(JobLock.REFUSED_EXIT_CODE);
            List<String> output = Files.readAllLines(log);
            assertThat(output.get(output.size() - 1)).startsWith("ingest status=REFUSED reason=\"another run is going: "
                    + "ingest run 77 of " + NEWS + ", running since ")
                    .endsWith("in process " + ProcessHandle.current().pid() + " on " + InetAddress.getLocalHost().getHostName() + "\"");
            assertThat(documentCount()).isZero();
        } finally {
            lock.release(IngestJobConfiguration.JOB_NAME);
        }

        // and a holder whose process died (killed, power cut) holds nothing: the next run goes
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        jdbc.update("INSERT INTO job_lock (job, run_id, input, pid, host, acquired_at) VALUES (?, 78, ?, ?, ?, ?)",
                IngestJobConfiguration.JOB_NAME, NEWS.toString(), gone.pid(), InetAddress.getLocalHost().getHostName(),
                java.sql.Timestamp.from(java.time.Instant.now()));
        Process next = ingestInChildProcess(folder, List.of(), log);
        assertThat(next.waitFor()).isZero();
        assertThat(Files.readAllLines(log)).last().asString().startsWith("ingest run=").contains("status=COMPLETED");
        assertThat(documentCount()).isEqualTo(1);
    }

    /** The news pages, without the one that repeats another's text: every file is one document. */
    private static int copyNews(Path folder) throws IOException {
        List<Path> pages = new ArrayList<>();
        try (var walk = Files.walk(NEWS)) {
            walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("mirror_"))
                    .forEach(pages::add);
        }
        for (Path page : pages) {
            Files.copy(page, folder.resolve(page.getFileName()));
        }
        return pages.size();
    }

    private Process ingestInChildProcess(Path folder, List<String> options, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"),
                IngestApplication.class.getName(), folder.toString(),
                "--spring.profiles.active=test",
                "--dossier.elasticsearch.index-prefix=" + indices.prefix(),
                "--dossier.ingest.run-on-startup=true",
                "--dossier.ingest.chunk-size=1"));
        command.addAll(options);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static boolean logged(Path log, String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private void blockWrites(String index, boolean blocked) throws IOException {
        client.indices().putSettings(p -> p.index(index).settings(t -> t.blocks(b -> b.write(blocked))));
    }

    private JobExecution lastRunOf(Path folder) {
        String input = folder.toAbsolutePath().normalize().toString();
        return jobExplorer.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, 100).stream()
                .map(jobExplorer::getLastJobExecution)
                .filter(e -> input.equals(e.getJobParameters().getString(IngestJobConfiguration.INPUT)))
                .findFirst().orElseThrow();
    }

    private long documentCount() {
        try {
            client.indices().refresh(r -> r.index(indices.documents()));
            return client.count(c -> c.index(indices.documents())).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still waiting after " + timeout);
            }
            Thread.sleep(100);
        }
    }
}
