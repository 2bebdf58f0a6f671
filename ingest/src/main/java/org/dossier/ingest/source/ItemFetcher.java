package org.dossier.ingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.springframework.batch.item.ItemProcessor;

import org.dossier.ingest.fetch.Fetched;
import org.dossier.ingest.fetch.HttpFetcher;
import org.dossier.ingest.progress.RunCounts;

/**
 * Gets an item's bytes: a file is read in place; a page is fetched (conditionally, when the
 * cursor has its version) into a temporary file, and an unchanged page is filtered out. Each
 * item taken goes to its source's cursor with its chunk (see {@link CursorUpdates}).
 */
public class ItemFetcher implements ItemProcessor<SourceItem, SourceFile> {

    private final HttpFetcher fetcher;
    private final CursorUpdates cursor;
    private final Path temporaryFolder;
    private final RunCounts counts;

    public ItemFetcher(HttpFetcher fetcher, CursorUpdates cursor, Path temporaryFolder, RunCounts counts) {
        this.fetcher = fetcher;
        this.cursor = cursor;
        this.temporaryFolder = temporaryFolder;
        this.counts = counts;
    }

    @Override
    public SourceFile process(SourceItem item) throws IOException, InterruptedException {
        if (!item.isWebPage()) {
            SourceFile file = local(item);
            // Only a file that could be read goes to the cursor: one that could not is tried again next run.
            cursor.add(item.source(), item.key(), item.version());
            return file;
        }
        Fetched fetched = fetcher.fetch(item.uri(), item.version());
        cursor.add(item.source(), item.key(), fetched.version() == null ? "fetched" : fetched.version());
        if (fetched.notModified()) {
            counts.increment(RunCounts.UNCHANGED);
            return null;
        }
        Files.createDirectories(temporaryFolder);
        Path copy = Files.write(Files.createTempFile(temporaryFolder, "page-", ".download"), fetched.body());
        return new SourceFile(item.source(), fetched.uri().toString(), copy, fetched.body().length, true,
                fetched.contentType());
    }

    /** A file as it is now; one that cannot be opened is a skip that says why. */
    private static SourceFile local(SourceItem item) {
        Path path;
        try {
            path = item.path();
        } catch (InvalidPathException e) {
            throw UnreadableFileException.of(item.location(), new NoSuchFileException(item.location()));
        }
        try {
            if (Files.isDirectory(path)) {
                throw new UnreadableFileException("a folder that could not be listed: permission denied", null);
            }
            long size = Files.size(path);
            Files.newInputStream(path).close();
            return SourceFile.local(item.source(), path, size);
        } catch (IOException e) {
            throw UnreadableFileException.of(item.location(), e);
        }
    }
}
