package org.dossier.ingest.source;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that cannot be had when its turn comes is a skip that says why, never a failed run. */
class ItemFetcherTest {

    // Local files need neither the web fetcher nor, when they fail, the cursor.
    private final ItemFetcher fetcher = new ItemFetcher(null, null, null, null);

    @Test
    void aFileDeletedAfterTheListingIsSkippedAsGone(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("story.txt"), "text");
        SourceItem item = new SourceItem(dir.toString(), file.toString(), file.toString(),
                DirectoryFileReader.version(file));
        Files.delete(file);

        assertThatThrownBy(() -> fetcher.process(item)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("the file was gone when it was read (moved or deleted during the run)");
    }

    @Test
    void aFileTheRunMayNotReadIsSkippedAsForbidden(@TempDir Path dir) {
        // Root reads every file, so the system's answer is made here rather than provoked.
        Path file = dir.resolve("secret.txt");

        assertThatThrownBy(() -> {
            throw UnreadableFileException.of(file.toString(), new AccessDeniedException(file.toString()));
        }).hasMessage("permission denied: the run's user may not read it");
    }
}
