package org.dossier.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestArgumentsTest {

    @Test
    void aMissingDirectoryIsOneClearLine(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder");

        assertThatThrownBy(() -> IngestArguments.parse(missing.toString(), "--dossier.data-dir=x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("source not found: " + missing);
    }

    @Test
    void aFileIsASourceOnlyWhenItIsAUrlList(@TempDir Path dir) throws Exception {
        Path file = Files.createFile(dir.resolve("report.pdf"));
        Path list = Files.createFile(dir.resolve("pages.txt"));

        assertThatThrownBy(() -> IngestArguments.parse(file.toString()))
                .hasMessage("not a folder or a URL list (.txt or .urls): " + file);
        assertThat(IngestArguments.parse(list.toString()).input()).isEqualTo(list.toString());
    }

    @Test
    void aWebAddressIsAFeed() {
        assertThat(IngestArguments.parse("https://news.example/rss.xml").input()).isEqualTo("https://news.example/rss.xml");
        assertThatThrownBy(() -> IngestArguments.parse("https:///rss.xml"))
                .hasMessageStartingWith("not a feed address: https:///rss.xml");
    }

    @Test
    void noFolderAtAllShowsTheUsage() {
        assertThatThrownBy(() -> IngestArguments.parse("--dossier.data-dir=x"))
                .hasMessageContaining("usage: dossier ingest FOLDER|URL-LIST|FEED-URL");
    }

    @Test
    void springOptionsAreNotTakenForTheFolder(@TempDir Path dir) {
        assertThat(IngestArguments.parse("--dossier.data-dir=elsewhere", dir.toString()).input()).isEqualTo(dir.toString());
    }
}
