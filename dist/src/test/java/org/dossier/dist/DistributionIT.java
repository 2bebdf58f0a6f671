package org.dossier.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive as an operator gets it: unpacked on a machine with no Maven repository and no
 * build, {@code dossier nightly} with the example configuration ingests the sample corpus and
 * resolves it, {@code dossier status} then reports both runs, and the figures and the example
 * search that the README gives for the demo (the same corpus, ingested and resolved) hold.
 */
class DistributionIT {

    @TempDir Path machine;

    @Test
    void theUnpackedArchiveRunsTheExampleNightlyOnTheSampleCorpus() throws Exception {
        Path archive = Path.of(System.getProperty("dossier.archive"));
        assertThat(archive).isRegularFile();
        assertThat(run(List.of("tar", "xzf", archive.toString(), "-C", machine.toString()), Map.of()).exit()).isZero();
        Path home = machine.resolve(archive.getFileName().toString().replace(".tar.gz", ""));
        assertThat(home.resolve("dossier")).isExecutable();
        assertThat(home.resolve("etc/sources.yml")).isRegularFile();
        assertThat(home.resolve("lib/dossier-ingest.jar")).isRegularFile();

        // No Maven repository to fall back on: the server must come from the archive itself.
        Map<String, String> environment = Map.of("HOME", Files.createDirectories(machine.resolve("home")).toString(),
                "DOSSIER_MAVEN_REPOSITORY", machine.resolve("no-repository").toString(),
                "JAVA_OPTS", "-Xmx768m");
        Result nightly = run(List.of(home.resolve("dossier").toString(), "nightly"), environment);
        assertThat(nightly.exit()).as(nightly.output()).isZero();
        assertThat(nightly.output()).containsPattern("ingest run=\\d+ status=COMPLETED read=65 unchanged=0 indexed=64")
                .containsPattern("resolve run=\\d+ status=COMPLETED mentions=\\d+");
        assertThat(nightly.lastLine()).isEqualTo("nightly ingests=1 failed=0 refused=0 resolve=COMPLETED exit=0");

        Result status = run(List.of(home.resolve("dossier").toString(), "status"), environment);
        assertThat(status.exit()).as(status.output()).isZero();
        assertThat(status.output()).contains("source         sample (0 2 * * *): last run ");
        assertThat(status.lastLine()).matches("status store=up elasticsearch=\\w+ running=0 due=0 review=\\d+");

        // A worker for remote partitions, whose local broker must come from the archive too.
        assertThat(home.resolve("lib")).isDirectoryContaining("glob:**/apache-artemis-*-bin.zip");
        Path workerLog = machine.resolve("worker.log");
        ProcessBuilder working = new ProcessBuilder(home.resolve("dossier").toString(), "worker")
                .redirectErrorStream(true).redirectOutput(workerLog.toFile()).directory(machine.toFile());
        working.environment().putAll(environment);
        working.environment().remove("DOSSIER_DATA_DIR");
        working.environment().remove("DOSSIER_SOURCES_FILE");
        Process worker = working.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!Files.readString(workerLog).contains("worker job=ingest queue=dossier.ingest.partitions broker=tcp://")
                    && worker.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(Files.readString(workerLog)).contains("Starting the local broker (Artemis")
                    .contains("worker job=ingest queue=dossier.ingest.partitions broker=tcp://127.0.0.1:");
        } finally {
            worker.destroy();
            worker.waitFor(60, TimeUnit.SECONDS);
        }

        // What the README promises of the demo, which ingests and resolves the same corpus.
        ReadmeDemo readme = ReadmeDemo.read(Path.of("..", "README.md"));
        assertThat(nightly.output()).contains(" indexed=" + readme.documents() + " ")
                .containsPattern("resolve run=\\d+ status=COMPLETED .* entities=" + readme.entities() + " ");
        Path serveLog = machine.resolve("serve.log");
        ProcessBuilder serving = new ProcessBuilder(home.resolve("dossier").toString(), "serve").redirectErrorStream(true)
                .redirectOutput(serveLog.toFile()).directory(machine.toFile());
        serving.environment().putAll(environment);
        serving.environment().put("DOSSIER_PORT", "18094");
        serving.environment().remove("DOSSIER_DATA_DIR");
        serving.environment().remove("DOSSIER_SOURCES_FILE");
        Process serve = serving.start();
        try {
            ServedApp app = new ServedApp(18094).waitUntilUp(home.resolve("data"), serveLog);
            JsonNode hits = app.get("/api/documents?size=3&q="
                    + URLEncoder.encode(readme.query(), StandardCharsets.UTF_8)).get("hits");
            assertThat(hits.get(0).get("title").asText()).as(hits.toString()).isEqualTo(readme.document());
        } finally {
            serve.destroy();
            serve.waitFor(60, TimeUnit.SECONDS);
        }
    }

    record Result(int exit, String output) {

        String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    private Result run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        Path log = Files.createTempFile(machine, "run", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .directory(machine.toFile());
        builder.environment().putAll(environment);
        builder.environment().remove("DOSSIER_DATA_DIR");
        builder.environment().remove("DOSSIER_SOURCES_FILE");
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("ends: " + command).isTrue();
        return new Result(process.exitValue(), Files.readString(log));
    }
}
