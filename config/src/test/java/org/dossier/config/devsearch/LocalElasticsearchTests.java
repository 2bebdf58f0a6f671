package org.dossier.config.devsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

import org.dossier.config.settings.DossierProperties;

/** Starts real Elasticsearch servers from the distribution the build fetched. */
class LocalElasticsearchTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void startsOnAFreePortIsSharedBySecondProcessAndStopsWithItsOwner() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int taken = busy.getLocalPort();
            DossierProperties properties = properties("shared", taken + "-" + (taken + 20));

            try (LocalElasticsearch first = LocalElasticsearch.startOrReuse(properties)) {
                assertThat(first.owned()).isTrue();
                assertThat(first.uri().getPort()).isNotEqualTo(taken).isBetween(taken + 1, taken + 20);
                assertThat(health(first.uri())).contains("\"status\":\"green\"");

                try (LocalElasticsearch second = LocalElasticsearch.startOrReuse(properties)) {
                    assertThat(second.owned()).isFalse();
                    assertThat(second.uri()).isEqualTo(first.uri());
                }
                assertThat(health(first.uri())).as("a borrower leaves the server running").contains("green");

                first.close();
                assertThatThrownBy(() -> health(first.uri())).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void aServerLeftRunningByAKilledProcessIsTakenOverAndStoppedByTheNextOne() throws Exception {
        // given: a process that started the server of a data directory, killed (SIGKILL) before it could stop it
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        String ports = free + "-" + (free + 20);
        Process holder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), ServerHolder.class.getName(),
                "target/test-data/launcher-orphan", ports).redirectErrorStream(true).start();
        URI left = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; left == null && (line = out.readLine()) != null; ) {
                if (line.startsWith("up ")) {
                    left = URI.create(line.substring(3).strip());
                }
            }
        }
        assertThat(left).as("the holding process reports its server").isNotNull();
        holder.destroyForcibly().waitFor();
        assertThat(health(left)).as("the server outlives its starter").contains("green");

        // when: the next process on that data directory needs a server
        try (LocalElasticsearch next = LocalElasticsearch.startOrReuse(properties("orphan", ports))) {

            // then: it uses the one left running, and owns it
            assertThat(next.uri()).isEqualTo(left);
            assertThat(next.owned()).isTrue();
        }
        // and stops it when it is done
        URI stopped = left;
        assertThatThrownBy(() -> health(stopped)).isInstanceOf(IOException.class);
    }

    @Test
    void aBusyPortIsNamedInTheError() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(busy.getLocalPort());

            assertThatThrownBy(() -> LocalElasticsearch.startOrReuse(properties("busy", port)).close())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Elasticsearch stopped while starting")
                    .hasMessageContaining(port);
        }
    }

    @Test
    void filesKeptOutsideADataDirectoryThatIsGoneAreRemovedByTheirServerOrTheNextStarted(@TempDir Path folder)
            throws Exception {
        // given: as root, a server for a data directory in a folder that the server's account (nobody) cannot
        // enter, stopped, then its folder removed (as a test's temporary folder is once the test ends)
        assumeTrue(ServerAccount.current().isRoot(), "only root keeps the server's files outside the data directory");
        Path first;
        try (LocalElasticsearch server = LocalElasticsearch.startOrReuse(properties(privateDataDir(folder, "a"), ports()))) {
            first = server.serverFiles();
            assertThat(first).exists().matches(path -> !path.startsWith(folder), "outside the data directory");
        }
        assertThat(first).as("kept while its data directory is there").exists();
        FileSystemUtils.deleteRecursively(folder.resolve("a"));

        // when: a server starts for another such data directory, which goes while the server runs
        LocalElasticsearch second = LocalElasticsearch.startOrReuse(properties(privateDataDir(folder, "b"), ports()));
        Path files = second.serverFiles();
        try {
            // then: the first server's files are gone, and the second's go with it
            assertThat(first).doesNotExist();
            assertThat(files).exists();
            FileSystemUtils.deleteRecursively(folder.resolve("b"));
        } finally {
            second.close();
        }
        assertThat(files).doesNotExist();
    }

    /** A data directory in a folder of {@code folder} that only its owner may enter. */
    private static Path privateDataDir(Path folder, String name) throws IOException {
        Path dataDir = Files.createDirectories(folder.resolve(name).resolve("data"));
        Files.setPosixFilePermissions(folder.resolve(name), PosixFilePermissions.fromString("rwx------"));
        return dataDir;
    }

    private static String ports() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort() + "-" + (probe.getLocalPort() + 20);
        }
    }

    private static DossierProperties properties(String name, String ports) {
        return properties(Path.of("target/test-data/launcher-" + name), ports);
    }

    private static DossierProperties properties(Path dataDir, String ports) {
        return new DossierProperties(dataDir,
                new DossierProperties.Elasticsearch(List.of(), "test",
                        new DossierProperties.Local("256m", ports, Duration.ofSeconds(120), null)),
                new DossierProperties.Store(null, "sa", ""), null, null);
    }

    private static String health(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri.resolve("/_cluster/health"))
                .timeout(Duration.ofSeconds(5)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
