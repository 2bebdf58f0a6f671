package org.dossier.ingest.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        for (Path path : files()) {
            if (!filter.accepts(root.relativize(path))) {
                continue;
            }
            String version = versionOrNull(path);
            if (version != null && version.equals(seen.get(path.toString()))) {
                leftOut(path.toString());
            } else {
                found.add(new SourceItem(root.toString(), path.toString(), path.toString(), version));
            }
        }
        return found;
    }

    /**
     * Every file under the folder, in path order, and every entry that could not be looked at: a
     * link that leads nowhere or back to itself, a folder that cannot be listed. Those fail when
     * read, each a skip with its reason, and the walk goes on past them.
     */
    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                // A link is taken unless it leads to a folder, which the walk does not enter.
                if (attributes.isRegularFile() || attributes.isSymbolicLink() && !Files.isDirectory(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /** A file's version, or null when it cannot be had now (the read then says why). */
    private static String versionOrNull(Path file) {
        try {
            return version(file);
        } catch (IOException e) {
            return null;
        }
    }
}
