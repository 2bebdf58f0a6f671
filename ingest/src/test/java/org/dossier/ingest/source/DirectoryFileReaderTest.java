package org.dossier.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.item.ExecutionContext;

class DirectoryFileReaderTest {

    @Test
    void readsVisibleFilesInPathOrderAndResumesWhereARunStopped(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/.git"));
        Files.writeString(dir.resolve("b/two.txt"), "2");
        Files.writeString(dir.resolve("a.txt"), "1");
        Files.writeString(dir.resolve("c.pdf"), "3");
        Files.writeString(dir.resolve(".hidden"), "x");
        Files.writeString(dir.resolve("b/.git/config"), "x");

        ExecutionContext context = new ExecutionContext();
        DirectoryFileReader first = new DirectoryFileReader(dir);
        first.open(context);
        SourceFile a = first.read();
        first.update(context);
        first.close();

        DirectoryFileReader restarted = new DirectoryFileReader(dir);
        restarted.open(context);
        List<Path> rest = new ArrayList<>();
        for (SourceFile file; (file = restarted.read()) != null; ) {
            rest.add(dir.relativize(file.path()));
        }

        assertThat(dir.relativize(a.path())).isEqualTo(Path.of("a.txt"));
        assertThat(a.size()).isEqualTo(1);
        assertThat(rest).containsExactly(Path.of("b/two.txt"), Path.of("c.pdf"));
    }
}
