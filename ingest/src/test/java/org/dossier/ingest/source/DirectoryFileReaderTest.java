package org.dossier.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.item.ExecutionContext;

class DirectoryFileReaderTest {

    @Test
    void readsVisibleFilesInPathOrderLeavingOutWhatTheCursorSawUnchanged(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b/.git"));
        Path two = Files.writeString(dir.resolve("b/two.txt"), "2");
        Path one = Files.writeString(dir.resolve("a.txt"), "1");
        Path three = Files.writeString(dir.resolve("c.pdf"), "3");
        Files.writeString(dir.resolve(".hidden"), "x");
        Files.writeString(dir.resolve("b/.git/config"), "x");

        // given: the cursor saw a.txt and c.pdf as they are, and b/two.txt before it changed
        String oldTwo = DirectoryFileReader.version(two);
        Files.writeString(two, "two, edited");
        Files.setLastModifiedTime(two, FileTime.fromMillis(Files.getLastModifiedTime(two).toMillis() + 2000));
        Map<String, String> seen = Map.of(one.toString(), DirectoryFileReader.version(one),
                three.toString(), DirectoryFileReader.version(three), two.toString(), oldTwo);

        List<SourceItem> all = read(new DirectoryFileReader(dir));
        List<SourceItem> changed = read(new DirectoryFileReader(dir, FileFilter.all(), seen));

        assertThat(all).extracting(item -> dir.relativize(item.path()))
                .containsExactly(Path.of("a.txt"), Path.of("b/two.txt"), Path.of("c.pdf"));
        assertThat(all.get(0).version()).isEqualTo(DirectoryFileReader.version(one));
        assertThat(all.get(0).source()).isEqualTo(dir.toString());
        assertThat(changed).extracting(SourceItem::location).containsExactly(two.toString());
    }

    /** Reads the folder through two partitions, as a run does, which between them take every item once. */
    private static List<SourceItem> read(DirectoryFileReader source) throws Exception {
        List<SourceItem> items = new ArrayList<>();
        long unchanged = 0;
        for (int partition = 0; partition < 2; partition++) {
            PartitionReader reader = new PartitionReader(source, partition, 2);
            ExecutionContext context = new ExecutionContext();
            reader.open(context);
            for (SourceItem item; (item = reader.read()) != null; ) {
                assertThat(reader.takes(item.key())).isTrue();
                items.add(item);
            }
            reader.update(context);
            reader.close();
            unchanged += context.getLong(SourceReader.UNCHANGED);
        }
        // Each partition counts what of its share was left out unchanged, so the run counts each once.
        assertThat(unchanged).isEqualTo(source.unchanged(key -> true));
        assertThat(items).doesNotHaveDuplicates().hasSize(source.items().size());
        items.sort(java.util.Comparator.comparing(SourceItem::location));
        return items;
    }
}
