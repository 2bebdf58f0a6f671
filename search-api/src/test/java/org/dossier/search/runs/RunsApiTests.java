package org.dossier.search.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Operators start a real ingest run from the API, watch it, read its skips; roles are checked. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "dossier.elasticsearch.index-prefix=test-runs-${random.value}",
    // A root of the test's own: were it the temporary folder, a clone under it would put the "secret beside the store" in it.
    "dossier.runs.allowed-roots=" + RunsApiTests.ROOT + ",../ingest/sample-corpus",
    "dossier.store.jdbc-url=jdbc:h2:file:./target/test-data/runs-${random.value}/dossier;AUTO_SERVER=TRUE"})
@ActiveProfiles("test")
class RunsApiTests {

    static final String ROOT = "target/test-data/runs-root";

    @DynamicPropertySource
    static void jobs(DynamicPropertyRegistry registry) {
        JobJars.register(registry);
    }

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyWriteEndpointWants401WithoutASessionAnd403WithTheWrongRole() {
        Map<String, String> body = Map.of("job", "resolve");
        for (String write : List.of("/api/runs", "/api/runs/1/stop", "/api/runs/1/restart")) {
            assertThat(http.postForEntity(write, body, String.class).getStatusCode()).as(write)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            for (String role : List.of("researcher", "analyst")) {
                assertThat(http.withBasicAuth(role, role + "-pw").postForEntity(write, body, String.class)
                        .getStatusCode()).as(write + " as " + role).isEqualTo(HttpStatus.FORBIDDEN);
            }
        }
        assertThat(http.withBasicAuth("analyst", "analyst-pw").getForEntity("/api/runs", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anOperatorStartsAnIngestRunAndReadsWhatItSkipped() throws Exception {
        Path folder = folderUnderTheRoot();
        Files.writeString(folder.resolve("note.txt"), "Interpol said scam centres in Southeast Asia hold over "
                + "100,000 people, according to a report published in Lyon on Monday.");
        Files.write(folder.resolve("broken.pdf"), "%PDF-1.7 this is not really a PDF".getBytes());
        TestRestTemplate operator = http.withBasicAuth("operator", "operator-pw");

        ResponseEntity<JsonNode> started = operator.postForEntity("/api/runs",
                Map.of("job", "ingest", "source", folder.toString()), JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        JsonNode run = waitForRun(operator, folder.toString(), Duration.ofMinutes(3));
        assertThat(run.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(run.path("read").asInt()).isEqualTo(2);
        assertThat(run.path("written").asInt()).isEqualTo(1);
        assertThat(run.path("skipped").asInt()).isEqualTo(1);
        long id = run.path("id").asLong();

        JsonNode skips = operator.getForObject("/api/runs/" + id + "/skips?q=broken", JsonNode.class);
        assertThat(skips).hasSize(1);
        assertThat(skips.get(0).path("item").asText()).endsWith("broken.pdf");
        assertThat(operator.getForObject("/api/runs/" + id + "/skips?q=nothing-like-this", JsonNode.class)).isEmpty();
        String csv = operator.getForObject("/api/runs/" + id + "/skips?format=csv", String.class);
        assertThat(csv).startsWith("run,source,item,stage,reason,skippedAt").contains("broken.pdf");

        ResponseEntity<JsonNode> restart = operator.postForEntity("/api/runs/" + id + "/restart", HttpEntity.EMPTY,
                JsonNode.class);
        assertThat(restart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(restart.getBody().path("detail").asText()).contains("is COMPLETED");
        assertThat(operator.postForEntity("/api/runs/" + id + "/stop", HttpEntity.EMPTY, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(operator.postForEntity("/api/runs", Map.of("job", "ingest", "source", folder + "/no-such-folder"),
                JsonNode.class).getBody().path("detail").asText()).isEqualTo("source not found: " + folder
                + "/no-such-folder");
        assertThat(operator.getForEntity("/api/runs/999999", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anOperatorCannotIngestAFileOutsideTheAllowedRootsNorReadItThroughTheSkips() throws Exception {
        Path folder = folderUnderTheRoot();
        // given: a secret beside the store, outside the allowed roots, and a URL list under them that is no list
        Path secret = Files.writeString(Files.createDirectories(Path.of("target/test-data/secrets"))
                .resolve("initial-passwords.txt"), "admin s3cret-password\n").toAbsolutePath();
        Path notAList = Files.writeString(folder.resolve("passwords.txt"), "admin s3cret-password\n");
        TestRestTemplate operator = http.withBasicAuth("operator", "operator-pw");

        // when: the secret, a path that does not exist, a relative path, and a way around the roots are asked for
        List<String> refused = List.of(secret.toString(), "/no/such/folder", "target/test-data/secrets",
                folder + "/../../" + secret);
        for (String source : refused) {
            ResponseEntity<JsonNode> answer = operator.postForEntity("/api/runs",
                    Map.of("job", "ingest", "source", source), JsonNode.class);

            // then: each is refused in the same words, naming the source as given and no other path
            assertThat(answer.getStatusCode()).as(source).isEqualTo(HttpStatus.BAD_REQUEST);
            String detail = answer.getBody().path("detail").asText();
            assertThat(detail).as(source).startsWith("source '" + source + "' is not one runs may read");
            assertThat(detail.replace(source, "")).as(source).doesNotContain(Path.of("").toAbsolutePath().toString())
                    .doesNotContain("not found");
        }
        assertThat(operator.postForEntity("/api/runs", Map.of("job", "ingest", "source", "https://exa mple.org/feed"),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(operator.getForObject("/api/runs?job=ingest", JsonNode.class))
                .noneSatisfy(run -> assertThat(run.path("input").asText()).contains("initial-passwords"));

        // and a file under the roots that is no URL list is read, but its lines never reach the skips
        assertThat(operator.postForEntity("/api/runs", Map.of("job", "ingest", "source", notAList.toString()),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode run = waitForRun(operator, notAList.toString(), Duration.ofMinutes(3));
        String csv = operator.getForObject("/api/runs/" + run.path("id").asLong() + "/skips?format=csv", String.class);
        assertThat(csv).contains("line 1 is not a URL").doesNotContain("s3cret");
    }

    @Test
    void aRunningIngestStopsWhenAskedAndARestartFinishesIt() throws Exception {
        Path corpus = Path.of("..", "ingest", "sample-corpus", "documents").toAbsolutePath().normalize();
        TestRestTemplate operator = http.withBasicAuth("operator", "operator-pw");
        operator.postForEntity("/api/runs", Map.of("job", "ingest", "source", corpus.toString()), JsonNode.class);

        JsonNode running = waitFor(operator, corpus.toString(), List.of("STARTED"), 0, Duration.ofMinutes(3));
        long id = running.path("id").asLong();
        ResponseEntity<JsonNode> stop = operator.postForEntity("/api/runs/" + id + "/stop", HttpEntity.EMPTY,
                JsonNode.class);
        assertThat(stop.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stop.getBody().path("status").asText()).isEqualTo("STOPPING");

        JsonNode stopped = waitForRun(operator, corpus.toString(), Duration.ofMinutes(3));
        assertThat(stopped.path("status").asText()).isEqualTo("STOPPED");
        assertThat(stopped.path("written").asInt()).isLessThan(65);

        assertThat(operator.postForEntity("/api/runs/" + id + "/restart", HttpEntity.EMPTY, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode finished = waitFor(operator, corpus.toString(), List.of("COMPLETED", "FAILED"), id,
                Duration.ofMinutes(3));
        assertThat(finished.path("status").asText()).isEqualTo("COMPLETED");
        // A restart is the same run going on: its last line, and so its counts, cover the whole corpus.
        assertThat(finished.path("id").asLong()).isNotEqualTo(id);
        assertThat(finished.path("written").asInt()).isEqualTo(64);
        assertThat(finished.path("counts").path("duplicates").asInt()).isEqualTo(1);
    }

    @Test
    void aRunWhoseProcessIsKilledIsShownFailedAndARestartFinishesIt() throws Exception {
        Path corpus = Path.of("..", "ingest", "sample-corpus", "documents").toAbsolutePath().normalize();
        TestRestTemplate operator = http.withBasicAuth("operator", "operator-pw");
        operator.postForEntity("/api/runs", Map.of("job", "ingest", "source", corpus.toString()), JsonNode.class);
        JsonNode running = waitFor(operator, corpus.toString(), List.of("STARTED"), 0, Duration.ofMinutes(3));
        long id = running.path("id").asLong();

        // kill -9 of the job's process, the one holding its lock.
        long pid = jdbc.queryForObject("SELECT pid FROM job_lock WHERE job = 'ingest'", Long.class);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().get();

        JsonNode dead = operator.getForObject("/api/runs/" + id, JsonNode.class);
        assertThat(dead.path("status").asText()).isEqualTo("FAILED");
        assertThat(dead.path("exitMessage").asText()).contains("process ended without finishing");

        assertThat(operator.postForEntity("/api/runs/" + id + "/restart", HttpEntity.EMPTY, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        // The restart's own record, not an earlier run of the same folder.
        JsonNode finished = waitFor(operator, corpus.toString(), List.of("COMPLETED", "FAILED"), id,
                Duration.ofMinutes(3));
        assertThat(finished.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(finished.path("skipped").asInt()).isZero();
        assertThat(operator.getForObject("/api/documents?size=1", JsonNode.class).path("total").asInt())
                .isGreaterThanOrEqualTo(64);
    }

    /** The first run of {@code input} after run {@code after} to reach one of {@code statuses}. */
    static JsonNode waitFor(TestRestTemplate operator, String input, List<String> statuses, long after,
                            Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            for (JsonNode run : operator.getForObject("/api/runs?job=ingest", JsonNode.class)) {
                if (run.path("input").asText().equals(input) && run.path("id").asLong() > after
                        && statuses.contains(run.path("status").asText()) && settled(run)) {
                    return run;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no run of " + input + " became " + statuses + " within " + timeout);
    }

    private static final List<String> RUNNING = List.of("STARTING", "STARTED", "STOPPING");

    /** Going, or ended with the counts of its last line: its command writes them just after the run ends. */
    private static boolean settled(JsonNode run) {
        return RUNNING.contains(run.path("status").asText()) || !run.path("counts").isEmpty();
    }

    static JsonNode waitForRun(TestRestTemplate operator, String input, Duration timeout) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            for (JsonNode run : operator.getForObject("/api/runs?job=ingest", JsonNode.class)) {
                if (run.path("input").asText().equals(input) && !RUNNING.contains(run.path("status").asText())
                        && settled(run)) {
                    return run;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the run of " + input + " did not end within " + timeout);
    }

    /** A new folder under the runs' allowed root, as an absolute path. */
    private static Path folderUnderTheRoot() throws java.io.IOException {
        Path root = Files.createDirectories(Path.of(ROOT));
        return Files.createTempDirectory(root, "run-").toAbsolutePath().normalize();
    }
}
