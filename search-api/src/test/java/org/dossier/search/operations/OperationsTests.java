package org.dossier.search.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.dossier.config.store.JobLock;
import org.dossier.search.runs.JobJars;

/**
 * What operators rely on at night: a source's schedule fires and runs ingest, then resolve; the
 * metrics endpoint counts what the run did; health covers Elasticsearch, the store and the disk;
 * a run is refused while another of its job goes on; the command line's exit codes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "dossier.elasticsearch.index-prefix=test-ops-${random.value}",
    "dossier.store.jdbc-url=jdbc:h2:file:./target/test-data/ops-${random.value}/dossier;AUTO_SERVER=TRUE",
    "dossier.schedule.first-check=1s", "dossier.schedule.check-every=2s", "dossier.metrics.refresh-every=1s"})
// Metrics export is off in tests unless asked for.
@AutoConfigureObservability
@ActiveProfiles("test")
// One night told in order: the scheduled runs first, then what operators do after them.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsTests {

    static final Path FOLDER = newFolder();
    static final Path SOURCES = FOLDER.getParent().resolve("sources.yml");

    @DynamicPropertySource
    static void jobsAndSchedule(DynamicPropertyRegistry registry) throws IOException {
        JobJars.register(registry);
        Files.writeString(FOLDER.resolve("note.txt"), "Interpol said scam centres in Southeast Asia hold over "
                + "100,000 people, according to a report published in Lyon on Monday.");
        Files.write(FOLDER.resolve("broken.pdf"), "%PDF-1.7 this is not really a PDF".getBytes());
        // Due at once, as it never ran; then not before next New Year's Day.
        Files.writeString(SOURCES, """
                sources:
                  - name: notes
                    path: notes
                    schedule: "0 0 1 1 *"
                resolve: after-ingest
                """);
        registry.add("dossier.sources-file", SOURCES::toString);
    }

    @Autowired TestRestTemplate http;
    @Autowired JobLock lock;
    @Autowired DataSourceProperties store;
    @org.springframework.beans.factory.annotation.Value("${dossier.elasticsearch.index-prefix}") String indexPrefix;

    @Test
    @Order(1)
    void theScheduleRunsIngestThenResolveAndTheMetricsCountWhatTheRunDid() throws Exception {
        TestRestTemplate operator = http.withBasicAuth("operator", "operator-pw");
        JsonNode ingest = waitForFinished(operator, "ingest", Duration.ofMinutes(3));
        assertThat(ingest.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(ingest.path("input").asText()).isEqualTo(FOLDER.toString());
        JsonNode resolve = waitForFinished(operator, "resolve", Duration.ofMinutes(3));
        assertThat(resolve.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(resolve.path("started").asText()).isGreaterThan(ingest.path("ended").asText());

        waitForMetric(operator, "dossier_runs_seconds_count{job=\"resolve\",status=\"COMPLETED\"} 1",
                Duration.ofSeconds(30));
        // A run's figures are kept just after it is marked completed: a refresh can fall between.
        String metrics = waitForMetric(operator, "dossier_resolve_entities_written_total", Duration.ofSeconds(30));
        assertThat(metrics).contains("dossier_ingest_documents_indexed_total 1.0")
                .contains("dossier_ingest_documents_read_total 2.0")
                .containsPattern("dossier_ingest_skips_total\\{reason=\"unreadable application/pdf[^\"]*\"} 1.0")
                .containsPattern("dossier_ingest_stage_seconds_total\\{stage=\"parse\"} [0-9.E-]+")
                .contains("dossier_runs_seconds_count{job=\"ingest\",status=\"COMPLETED\"} 1")
                .containsPattern("dossier_review_queue_size [0-9.]+")
                .containsPattern("dossier_resolve_entities_written_total [1-9]");
        // The runs list gives each run the counts of its last line: for resolve, what it wrote.
        JsonNode resolved = operator.getForObject("/api/runs?job=resolve", JsonNode.class).get(0);
        assertThat(resolved.path("written").asLong()).isPositive()
                .isEqualTo(resolved.path("counts").path("written").asLong());
        assertThat(resolved.path("read").asLong()).isEqualTo(resolved.path("counts").path("mentions").asLong());
        assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("researcher", "researcher-pw").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // The scheduler does not run the source again before its next time.
        Thread.sleep(3000);
        long ingests = count(operator.getForObject("/api/runs?job=ingest", JsonNode.class));
        assertThat(ingests).isEqualTo(1);
        JsonNode sources = operator.getForObject("/api/sources", JsonNode.class);
        assertThat(sources.path("problem").isNull()).isTrue();
        assertThat(sources.path("sources").get(0).path("name").asText()).isEqualTo("notes");
        assertThat(sources.path("sources").get(0).path("due").asBoolean()).isFalse();
        assertThat(sources.path("sources").get(0).path("nextRun").asText()).contains("-01-01T");
        assertThat(http.withBasicAuth("analyst", "analyst-pw").getForEntity("/api/sources", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @Order(2)
    void healthCoversElasticsearchTheStoreAndTheDiskWithDetailsForOperators() {
        JsonNode anyone = http.getForObject("/actuator/health", JsonNode.class);
        assertThat(anyone.path("status").asText()).isEqualTo("UP");
        assertThat(anyone.has("components")).isFalse();
        JsonNode details = http.withBasicAuth("operator", "operator-pw").getForObject("/actuator/health", JsonNode.class);
        assertThat(details.path("components").path("elasticsearch").path("status").asText()).isEqualTo("UP");
        assertThat(details.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(details.path("components").path("diskSpace").path("status").asText()).isEqualTo("UP");
    }

    @Test
    @Order(3)
    void aRunIsRefusedWhileAnotherOfItsJobGoesOnNamingThatRun() throws Exception {
        TestRestTemplate operator = http.withBasicAuth("operator", "operator-pw");
        waitForFinished(operator, "resolve", Duration.ofMinutes(4));
        lock.acquire("resolve", null);
        try {
            lock.attach("resolve", 4242);
            ResponseEntity<JsonNode> refused = operator.postForEntity("/api/runs",
                    java.util.Map.of("job", "resolve"), JsonNode.class);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(refused.getBody().path("detail").asText())
                    .startsWith("another run is going: resolve run 4242, running since ")
                    .contains("in process " + ProcessHandle.current().pid());

            // The job itself refuses too, whoever starts it: exit code 4 and the running one named.
            Result job = run(List.of("java", "-Xmx512m", "-jar", JobJars.jar("resolve").toString(),
                    "--dossier.store.jdbc-url=" + store.getUrl(), "--dossier.store.username=" + store.getUsername(),
                    "--dossier.store.password=" + (store.getPassword() == null ? "" : store.getPassword()),
                    "--dossier.data-dir=target/test-data", "--dossier.elasticsearch.index-prefix=" + indexPrefix));
            assertThat(job.exitCode()).isEqualTo(4);
            assertThat(job.lastLine()).startsWith("resolve status=REFUSED reason=\"another run is going: resolve run 4242");

            // An operator lets go of a lock whose holder will not come back.
            Result unlock = cli("unlock", "resolve");
            assertThat(unlock.exitCode()).isZero();
            assertThat(unlock.lastLine()).startsWith("unlock job=resolve was=\"resolve run 4242, running since ");
            assertThat(lock.holder("resolve")).isEmpty();
            assertThat(cli("unlock", "resolve").lastLine()).isEqualTo("unlock job=resolve was=free");
        } finally {
            lock.release("resolve");
        }
    }

    @Test
    @Order(3)
    void aSecondIngestIsRefusedBeforeElasticsearchOrTheModelsStart() throws Exception {
        TestRestTemplate operator = http.withBasicAuth("operator", "operator-pw");
        waitForFinished(operator, "ingest", Duration.ofMinutes(4));
        lock.acquire("ingest", FOLDER.toString());
        try {
            lock.attach("ingest", 4343);
            Result job = run(List.of("java", "-Xmx512m", "-jar", JobJars.jar("ingest").toString(), FOLDER.toString(),
                    "--dossier.store.jdbc-url=" + store.getUrl(), "--dossier.store.username=" + store.getUsername(),
                    "--dossier.store.password=" + (store.getPassword() == null ? "" : store.getPassword()),
                    "--dossier.data-dir=target/test-data", "--dossier.elasticsearch.index-prefix=" + indexPrefix));

            // Refused before Elasticsearch, the language models and the job repository start (they took a minute).
            assertThat(job.exitCode()).isEqualTo(4);
            assertThat(job.lastLine()).startsWith("ingest status=REFUSED reason=\"another run is going: ingest run 4343 of "
                    + FOLDER);
            assertThat(job.output()).contains("dossier ingest: not started: another run is going: ingest run 4343")
                    .doesNotContain("Elasticsearch").doesNotContain("StanfordCoreNLP").doesNotContain("Started Ingest");
        } finally {
            lock.release("ingest");
        }
    }

    @Test
    @Order(4)
    void theCommandLineSaysWhatHappenedInItsExitCode() throws Exception {
        TestRestTemplate operator = http.withBasicAuth("operator", "operator-pw");
        JsonNode ingest = waitForFinished(operator, "ingest", Duration.ofMinutes(3));
        waitForFinished(operator, "resolve", Duration.ofMinutes(3));

        Result runs = cli("runs", "--job=ingest");
        assertThat(runs.exitCode()).isZero();
        assertThat(runs.output()).contains(FOLDER.toString());
        assertThat(runs.lastLine()).isEqualTo("runs shown=1");

        Result skips = cli("skips", ingest.path("id").asText());
        assertThat(skips.exitCode()).isZero();
        assertThat(skips.output()).contains("broken.pdf");
        assertThat(skips.lastLine()).isEqualTo("skips run=" + ingest.path("id").asText() + " shown=1");

        Result status = cli("status");
        assertThat(status.exitCode()).isZero();
        assertThat(status.output()).contains("source         notes (0 0 1 1 *): last run ");
        assertThat(status.lastLine()).startsWith("status store=up elasticsearch=up running=0");

        assertThat(cli("skips", "999999").exitCode()).as("an unknown run").isEqualTo(2);
        assertThat(cli("skips").exitCode()).as("no run given").isEqualTo(2);
        assertThat(cli("frobnicate").exitCode()).as("an unknown command").isEqualTo(2);
        Result restart = cli("restart", ingest.path("id").asText());
        assertThat(restart.exitCode()).as("a completed run cannot be restarted").isEqualTo(2);
        assertThat(restart.output()).contains("is COMPLETED; only a failed or stopped run can be restarted");
        assertThat(cli("nightly", "--dossier.sources-file=/no/such/sources.yml").exitCode()).isEqualTo(2);

        // Nothing is due right after the scheduler ran it: a nightly run has nothing to do.
        Result nightly = cli("nightly");
        assertThat(nightly.exitCode()).isZero();
        assertThat(nightly.lastLine()).isEqualTo("nightly ingests=0 failed=0 refused=0 resolve=NOT_RUN exit=0");
        // --all takes every source: the files are unchanged, so ingest adds nothing, then resolve runs.
        Result all = cli("nightly", "--all");
        assertThat(all.exitCode()).isZero();
        assertThat(all.output()).contains("unchanged=2");
        assertThat(all.lastLine()).isEqualTo("nightly ingests=1 failed=0 refused=0 resolve=COMPLETED exit=0");
    }

    record Result(int exitCode, String output) {

        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private Result cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                OperatorCommands.class.getName()));
        command.addAll(List.of(args));
        command.add("--dossier.store.jdbc-url=" + store.getUrl());
        command.add("--dossier.store.username=" + store.getUsername());
        command.add("--dossier.store.password=" + (store.getPassword() == null ? "" : store.getPassword()));
        command.add("--dossier.data-dir=target/test-data");
        command.add("--dossier.elasticsearch.index-prefix=" + indexPrefix);
        if (List.of(args).stream().noneMatch(a -> a.startsWith("--dossier.sources-file="))) {
            command.add("--dossier.sources-file=" + SOURCES);
        }
        JobJars.commands().forEach(command::add);
        return run(command);
    }

    private static Result run(List<String> command) throws Exception {
        Path output = Files.createTempFile("dossier-cli", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("ends: " + command).isTrue();
            return new Result(process.exitValue(), Files.readString(output));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }

    private static JsonNode waitForFinished(TestRestTemplate operator, String job, Duration timeout)
            throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            JsonNode runs = operator.getForObject("/api/runs?job=" + job, JsonNode.class);
            for (JsonNode run : runs) {
                if (List.of("COMPLETED", "FAILED", "STOPPED").contains(run.path("status").asText())) {
                    return run;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no " + job + " run ended within " + timeout);
    }

    private static String waitForMetric(TestRestTemplate operator, String line, Duration timeout)
            throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        String metrics = "";
        while (Instant.now().isBefore(until)) {
            metrics = operator.getForObject("/actuator/prometheus", String.class);
            if (metrics != null && metrics.contains(line)) {
                return metrics;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no '" + line + "' within " + timeout + " in:\n" + metrics);
    }

    private static long count(JsonNode runs) {
        long n = 0;
        for (JsonNode ignored : runs) {
            n++;
        }
        return n;
    }

    private static Path newFolder() {
        try {
            // Under the build's folder, which a clean removes, rather than left in the system's temporary folder.
            Path base = Files.createTempDirectory(Files.createDirectories(Path.of("target/test-data").toAbsolutePath()),
                    "ops-sources");
            return Files.createDirectories(base.resolve("notes"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
