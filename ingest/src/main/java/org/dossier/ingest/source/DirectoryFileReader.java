package org.dossier.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every regular file under a folder that the {@link FileFilter} accepts and that is new or
 * changed since the folder's cursor last saw it (size and modification time), in path order.
 */
public class DirectoryFileReader extends ListedSourceReader {

    private final Path root;
    private final FileFilter filter;
    private final Map<String, String> seen;

    public DirectoryFileReader(Path root) {
        this(root, FileFilter.all(), Map.of());
    }

    /** {@code seen}: each file's version when the folder was last read (see {@link #version}). */
    public DirectoryFileReader(Path root, FileFilter filter, Map<String, String> seen) {
        this.root = root.toAbsolutePath().normalize();
        this.filter = filter;
        this.seen = seen;
    }

    /** A file's version: its size and modification time. */
    public static String version(Path file) throws IOException {
        return Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
    }

    @Override
    protected List<SourceItem> list() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("Input directory not found: " + root);
        }
        List<SourceItem> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).filter(p -> filter.accepts(root.relativize(p)))
                    .sorted().toList()) {
                String version = version(path);
                if (version.equals(seen.get(path.toString()))) {
                    leftOut();
                } else {
                    found.add(new SourceItem(root.toString(), path.toString(), path.toString(), version));
                }
            }
        }
        return found;
    }
}
