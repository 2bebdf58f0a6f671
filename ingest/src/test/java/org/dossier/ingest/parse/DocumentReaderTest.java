package org.dossier.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dossier.config.domain.ContentHash;
import org.dossier.config.domain.DocumentRecord;
import org.dossier.ingest.source.SourceFile;

class DocumentReaderTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private final DocumentReader reader = new DocumentReader(100_000, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anHtmlPageGivesItsTitleDateAndArticleTextWithoutPageChrome(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("story.html"), """
                <html><head><title>Site | Raid on port</title>
                <meta property="og:title" content="Raid on port">
                <meta property="article:published_time" content="2023-03-27T08:00:00+01:00"></head>
                <body><nav>Home | World | Sport</nav>
                <article><h1>Raid on port</h1><p>Police seized <b>S$3 billion</b> in assets.</p>
                <ul><li><p>Nested paragraph once.</p></li></ul><script>track()</script></article>
                <footer>Copyright</footer></body></html>""");

        DocumentRecord document = reader.process(file(page));

        assertThat(document.title()).isEqualTo("Raid on port");
        assertThat(document.published()).isEqualTo(Instant.parse("2023-03-27T07:00:00Z"));
        assertThat(document.text()).isEqualTo("Raid on port\n\nPolice seized S$3 billion in assets.\n\nNested paragraph once.");
        assertThat(document.id()).isEqualTo(ContentHash.of(document.text()));
        assertThat(document.contentType()).isEqualTo("text/html");
        assertThat(document.ingestedAt()).isEqualTo(NOW);
    }

    @Test
    void aDocxGivesItsTitleDateAndText() throws Exception {
        Path docx;
        try (var files = Files.list(Path.of("sample-corpus/documents/docx"))) {
            docx = files.sorted().findFirst().orElseThrow();
        }

        DocumentRecord document = reader.process(file(docx));

        assertThat(document.contentType()).contains("wordprocessingml");
        assertThat(document.title()).isNotBlank();
        assertThat(document.text()).startsWith(document.title());
        assertThat(document.published()).isNotNull();
    }

    @Test
    void aCorruptPdfIsUnreadableWithAReason() {
        Path broken = Path.of("src/test/resources/corrupt/broken-report.pdf");

        assertThatThrownBy(() -> reader.process(file(broken)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("unreadable application/pdf: ");
    }

    private static SourceFile file(Path path) throws Exception {
        return new SourceFile(path.getParent(), path, Files.size(path));
    }
}
