package org.dossier.ingest.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The command line of an ingest run: one folder, plus Spring {@code --key=value} options.
 * Checked before anything starts, so a typo costs a second, not a server start.
 */
public record IngestArguments(Path input) {

    public static IngestArguments parse(String... args) {
        List<String> paths = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no input directory given (usage: dossier ingest PATH)");
        }
        if (paths.size() > 1) {
            throw new IllegalArgumentException("one input directory expected, got " + paths.size() + ": " + paths);
        }
        Path input = Path.of(paths.get(0)).toAbsolutePath().normalize();
        if (!Files.exists(input)) {
            throw new IllegalArgumentException("input directory not found: " + input);
        }
        if (!Files.isDirectory(input)) {
            throw new IllegalArgumentException("not a directory: " + input);
        }
        if (!Files.isReadable(input)) {
            throw new IllegalArgumentException("input directory not readable: " + input);
        }
        return new IngestArguments(input);
    }
}
