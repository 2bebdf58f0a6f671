package org.dossier.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Every regular file under a folder that the {@link FileFilter} accepts, in path order. The
 * order is stable, so a restarted step skips exactly the files its failed run had already taken.
 */
public class DirectoryFileReader extends AbstractItemCountingItemStreamItemReader<SourceFile> {

    private final Path root;
    private final FileFilter filter;
    private Iterator<Path> files;
    private long total;

    public DirectoryFileReader(Path root) {
        this(root, FileFilter.all());
    }

    public DirectoryFileReader(Path root, FileFilter filter) {
        this.root = root.toAbsolutePath().normalize();
        this.filter = filter;
        setName("directoryFileReader");
    }

    @Override
    protected void doOpen() {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("Input directory not found: " + root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> found = walk.filter(Files::isRegularFile)
                    .filter(p -> filter.accepts(root.relativize(p)))
                    .sorted()
                    .toList();
            files = found.iterator();
            total = found.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + root, e);
        }
    }

    /** How many files the folder holds, once opened. */
    public long total() {
        return total;
    }

    @Override
    protected SourceFile doRead() throws IOException {
        if (!files.hasNext()) {
            return null;
        }
        Path path = files.next();
        return new SourceFile(root, path, Files.size(path));
    }

    @Override
    protected void doClose() {
        files = null;
    }
}
