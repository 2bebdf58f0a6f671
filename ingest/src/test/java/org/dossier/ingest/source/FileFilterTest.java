package org.dossier.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class FileFilterTest {

    @Test
    void includeGlobsMatchTheNameOrThePathAndExcludesWin() {
        FileFilter filter = new FileFilter(List.of("*.pdf", "news/**"), List.of("**/drafts/**", "*-old.*"));

        assertThat(filter.accepts(Path.of("report.pdf"))).isTrue();
        assertThat(filter.accepts(Path.of("2026/q1/report.pdf"))).isTrue();
        assertThat(filter.accepts(Path.of("news/wire/story.html"))).isTrue();
        assertThat(filter.accepts(Path.of("notes.txt"))).isFalse();
        assertThat(filter.accepts(Path.of("news/drafts/story.html"))).isFalse();
        assertThat(filter.accepts(Path.of("report-old.pdf"))).isFalse();
        assertThat(filter.accepts(Path.of("news/.cache/story.html"))).isFalse();
    }

    @Test
    void withoutGlobsEveryVisibleFileIsTaken() {
        assertThat(FileFilter.all().accepts(Path.of("a/b/c.docx"))).isTrue();
        assertThat(FileFilter.all().accepts(Path.of(".hidden"))).isFalse();
        assertThatThrownBy(() -> new FileFilter(List.of("[unclosed"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a glob: [unclosed");
    }
}
