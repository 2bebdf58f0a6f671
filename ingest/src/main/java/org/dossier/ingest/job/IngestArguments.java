package org.dossier.ingest.job;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.dossier.config.sources.SourcesFile;
import org.dossier.ingest.source.SourceItem;

/**
 * The command line of an ingest run: one source (a folder, a URL list file, a feed's URL, or the
 * name of a source in the sources file), plus Spring {@code --key=value} options. Checked before anything starts, so a typo costs a
 * second, not a server start.
 */
public record IngestArguments(String input) {

    public static IngestArguments parse(String... args) {
        List<String> paths = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no source given (usage: dossier ingest FOLDER|URL-LIST|FEED-URL)");
        }
        if (paths.size() > 1) {
            throw new IllegalArgumentException("one source expected, got " + paths.size() + ": " + paths);
        }
        String given = paths.get(0);
        if (isName(given)) {
            given = SourcesFile.load(sourcesFile(args)).named(given).location();
        }
        if (SourceItem.isWebAddress(given)) {
            try {
                if (new URI(given).getHost() == null) {
                    throw new URISyntaxException(given, "no host");
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not a feed address: " + given + " (" + e.getReason() + ")");
            }
            return new IngestArguments(given);
        }
        Path input = Path.of(given).toAbsolutePath().normalize();
        if (!Files.exists(input)) {
            throw new IllegalArgumentException("source not found: " + input);
        }
        if (!Files.isReadable(input)) {
            throw new IllegalArgumentException("source not readable: " + input);
        }
        String name = input.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!Files.isDirectory(input) && !(name.endsWith(".txt") || name.endsWith(".urls"))) {
            throw new IllegalArgumentException("not a folder or a URL list (.txt or .urls): " + input);
        }
        return new IngestArguments(input.toString());
    }

    /** A word that is no path here and no address: a source's name. */
    private static boolean isName(String given) {
        return given.matches("[\\w.-]+") && !SourceItem.isWebAddress(given) && !Files.exists(Path.of(given));
    }

    private static Path sourcesFile(String... args) {
        String option = "--dossier.sources-file=";
        return Arrays.stream(args).filter(a -> a.startsWith(option)).map(a -> Path.of(a.substring(option.length())))
                .reduce((first, last) -> last)
                .orElseGet(() -> Path.of(System.getenv().getOrDefault("DOSSIER_SOURCES_FILE", "sources.yml")));
    }
}
