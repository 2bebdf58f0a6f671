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
                .hasMessage("input directory not found: " + missing);
    }

    @Test
    void aFileIsNotAFolder(@TempDir Path dir) throws Exception {
        Path file = Files.createFile(dir.resolve("report.pdf"));

        assertThatThrownBy(() -> IngestArguments.parse(file.toString()))
                .hasMessage("not a directory: " + file);
    }

    @Test
    void noFolderAtAllShowsTheUsage() {
        assertThatThrownBy(() -> IngestArguments.parse("--dossier.data-dir=x"))
                .hasMessageContaining("usage: dossier ingest PATH");
    }

    @Test
    void springOptionsAreNotTakenForTheFolder(@TempDir Path dir) {
        assertThat(IngestArguments.parse("--dossier.data-dir=elsewhere", dir.toString()).input()).isEqualTo(dir);
    }
}
