package org.dossier.search.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run started from the web app that cannot start, or whose process ends before it records
 * itself, is a failed run in /runs that says why: nothing an operator started goes missing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "dossier.elasticsearch.index-prefix=test-launch-${random.value}",
    "dossier.runs.allowed-roots=${java.io.tmpdir}",
    "dossier.store.jdbc-url=jdbc:h2:file:./target/test-data/launch-${random.value}/dossier;AUTO_SERVER=TRUE"})
@ActiveProfiles("test")
class RunLaunchFailureTests {

    @DynamicPropertySource
    static void jobs(DynamicPropertyRegistry registry) {
        // The JVM refuses a heap this small: the ingest process ends before its run begins.
        registry.add("dossier.runs.ingest-command", () -> "java -Xmx1k -jar " + JobJars.jar("ingest"));
        registry.add("dossier.runs.resolve-command", () -> "/no/such/folder/dossier-resolve");
    }

    @Autowired TestRestTemplate http;

    @Test
    void anIngestWhoseProcessEndsBeforeItsRunBeginsIsAFailedRunThatSaysWhy(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("note.txt"), "Interpol said scam centres hold over 100,000 people.");
        TestRestTemplate operator = http.withBasicAuth("operator", "operator-pw");

        ResponseEntity<JsonNode> started = operator.postForEntity("/api/runs",
                Map.of("job", "ingest", "source", folder.toString()), JsonNode.class);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        JsonNode run = failedRunOf(operator, folder.toString(), Duration.ofMinutes(1));
        assertThat(run.path("exitMessage").asText())
                .startsWith("the ingest process ended with exit code 1 before the run began: ")
                .containsIgnoringCase("heap").contains("(output: logs/ingest-");
        assertThat(operator.getForObject("/runs", String.class)).contains("before the run began");
        assertThat(operator.getForObject("/api/runs/" + run.path("id").asLong(), JsonNode.class).path("status")
                .asText()).isEqualTo("FAILED");
    }

    @Test
    void aRunWhoseCommandCannotStartIsAFailedRunAndTheAnswerSaysSo() {
        TestRestTemplate operator = http.withBasicAuth("operator", "operator-pw");

        ResponseEntity<JsonNode> answer = operator.postForEntity("/api/runs", Map.of("job", "resolve"), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        String detail = answer.getBody().path("detail").asText();
        assertThat(detail).startsWith("could not start the resolve command /no/such/folder/dossier-resolve: ")
                .containsPattern("recorded as run \\d+$");
        long id = Long.parseLong(detail.replaceAll(".*recorded as run ", ""));
        JsonNode run = operator.getForObject("/api/runs/" + id, JsonNode.class);
        assertThat(run.path("status").asText()).isEqualTo("FAILED");
        assertThat(run.path("job").asText()).isEqualTo("resolve");
        assertThat(run.path("exitMessage").asText()).startsWith("could not start the resolve command");
    }

    private static JsonNode failedRunOf(TestRestTemplate operator, String input, Duration timeout)
            throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            for (JsonNode run : operator.getForObject("/api/runs?job=ingest", JsonNode.class)) {
                if (run.path("input").asText().equals(input) && run.path("status").asText().equals("FAILED")) {
                    return run;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no failed run of " + input + " within " + timeout);
    }
}
