package org.dossier.search.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The job jars the build made before this module's tests (the reactor packages ingest and resolve
 * first), as the commands the web app starts runs with.
 */
public final class JobJars {

    private JobJars() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        // Small chunks, so that counts move and a stop lands between two of them.
        registry.add("dossier.runs.ingest-command", () -> "java -Xmx768m -jar " + jar("ingest")
                + " --dossier.ingest.chunk-size=5");
        registry.add("dossier.runs.resolve-command", () -> "java -Xmx768m -jar " + jar("resolve"));
        // Runs started from the web app may read the sample corpus, as under ./dossier serve.
        registry.add("dossier.sample-corpus", () -> Path.of("..", "ingest", "sample-corpus", "documents")
                .toAbsolutePath().normalize().toString());
    }

    /** The same commands as command-line options, for the operators' commands run as a process. */
    public static java.util.List<String> commands() {
        return java.util.List.of("--dossier.runs.ingest-command=java -Xmx768m -jar " + jar("ingest"),
                "--dossier.runs.resolve-command=java -Xmx768m -jar " + jar("resolve"));
    }

    public static Path jar(String module) {
        Path target = Path.of("..", module, "target").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("dossier-" + module + "-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no " + module + " jar in " + target
                            + ": build the modules before this one (mvn verify or ./dossier test does)"));
        } catch (IOException e) {
            throw new UncheckedIOException("no " + target + ": build the modules before this one", e);
        }
    }
}
