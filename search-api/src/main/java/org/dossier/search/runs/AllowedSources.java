package org.dossier.search.runs;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import org.dossier.config.sources.Source;
import org.dossier.config.sources.SourcesFile;
import org.dossier.search.query.BadSearchRequestException;

/**
 * What an ingest run started from the web app may read: a folder or URL list under a root an
 * administrator allowed ({@code dossier.runs.allowed-roots}, by default the sample corpus), a
 * source of the sources file (by name or location), or a feed by its http(s) address. Anything
 * else is refused in the same words whether it exists or not, and every answer names the source
 * as the operator gave it: the web app tells nothing of the server's other files.
 */
@Component
public class AllowedSources {

    static final int MAX_LENGTH = 2_000;

    private final List<Path> roots;
    private final Path sourcesFile;

    AllowedSources(@Value("${dossier.runs.allowed-roots:${dossier.sample-corpus:}}") String roots,
                   @Value("${dossier.sources-file:sources.yml}") Path sourcesFile) {
        this.roots = Arrays.stream(roots.split(",")).map(String::strip).filter(root -> !root.isEmpty())
                .map(root -> Path.of(root).toAbsolutePath().normalize()).toList();
        this.sourcesFile = sourcesFile;
    }

    /**
     * The location an ingest run reads for what an operator gave.
     *
     * @throws BadSearchRequestException when the source is not one an administrator allowed
     */
    public String check(String given) {
        if (given == null || given.isBlank()) {
            throw new BadSearchRequestException("an ingest run needs a source: a folder, a URL list, a feed URL "
                    + "or the name of a source in the sources file");
        }
        String source = given.strip();
        if (source.length() > MAX_LENGTH) {
            throw new BadSearchRequestException("source must be at most " + MAX_LENGTH + " characters, was "
                    + source.length());
        }
        Optional<Source> named = sources().stream()
                .filter(s -> s.name().equals(source) || s.location().equals(source)).findFirst();
        if (named.isPresent()) {
            return named.get().location();
        }
        if (source.startsWith("http://") || source.startsWith("https://")) {
            return webAddress(source);
        }
        return underRoot(source);
    }

    private static String webAddress(String source) {
        try {
            URI uri = new URI(source);
            if (uri.getHost() == null) {
                throw new URISyntaxException(source, "it names no host");
            }
            return source;
        } catch (URISyntaxException e) {
            throw new BadSearchRequestException("source '" + source + "' is not a feed address: " + e.getReason());
        }
    }

    private String underRoot(String source) {
        Path path;
        try {
            path = Path.of(source);
        } catch (InvalidPathException e) {
            throw refused(source);
        }
        if (!path.isAbsolute()) {
            throw refused(source);
        }
        Path normal = path.normalize();
        for (Path root : roots) {
            if (normal.startsWith(root)) {
                return inside(root, normal, source);
            }
        }
        throw refused(source);
    }

    /** A path lexically under a root: it must still be there once links are followed. */
    private static String inside(Path root, Path path, String source) {
        if (!Files.exists(path)) {
            throw new BadSearchRequestException("source not found: " + source);
        }
        try {
            if (!path.toRealPath().startsWith(root.toRealPath())) {
                throw refused(source);
            }
        } catch (IOException e) {
            throw new BadSearchRequestException("source not readable: " + source);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isDirectory(path) && !(name.endsWith(".txt") || name.endsWith(".urls"))) {
            throw new BadSearchRequestException("source '" + source + "' is not a folder or a URL list "
                    + "(.txt or .urls)");
        }
        return path.toString();
    }

    private static BadSearchRequestException refused(String source) {
        return new BadSearchRequestException("source '" + source + "' is not one runs may read: give the "
                + "absolute path of a folder or URL list under the allowed roots (dossier.runs.allowed-roots), "
                + "a feed's http(s) address, or the name of a source in the sources file");
    }

    private List<Source> sources() {
        if (!Files.isRegularFile(sourcesFile)) {
            return List.of();
        }
        try {
            return new ArrayList<>(SourcesFile.load(sourcesFile).sources());
        } catch (IllegalArgumentException e) {
            // A broken sources file allows nothing by name; the runs page shows why.
            return List.of();
        }
    }
}
