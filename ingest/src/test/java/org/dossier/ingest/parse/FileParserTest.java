package org.dossier.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dossier.config.domain.ContentHash;
import org.dossier.config.domain.DocumentMetadata;
import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.domain.FileName;
import org.dossier.ingest.source.SourceFile;

class FileParserTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private final FileParser parser = new FileParser(new ReadLimits(1 << 20, 100_000, Duration.ofSeconds(30)), CLOCK);

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

        DocumentRecord document = parser.process(file(page)).document();

        assertThat(document.title()).isEqualTo("Raid on port");
        assertThat(document.kind()).isEqualTo(DocumentMetadata.NEWS_ARTICLE);
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

        DocumentRecord document = parser.process(file(docx)).document();

        assertThat(document.contentType()).contains("wordprocessingml");
        assertThat(document.title()).isNotBlank();
        assertThat(document.text()).startsWith(document.title());
        assertThat(document.published()).isNotNull();
        assertThat(document.kind()).isEqualTo(DocumentMetadata.REPORT);
    }

    @Test
    void aWord97DocumentGivesItsTitleAuthorAndText() throws Exception {
        DocumentRecord document = parser.process(file(Path.of("src/test/resources/formats/inspection.doc"))).document();

        assertThat(document.contentType()).isEqualTo("application/msword");
        assertThat(document.title()).isEqualTo("Harbour inspection report");
        assertThat(document.authors()).containsExactly("Marta Quist");
        assertThat(document.text()).contains("inspected 38 timber cargoes", "worth EUR 4.2 million");
        assertThat(document.kind()).isEqualTo(DocumentMetadata.REPORT);
    }

    @Test
    void aPdfReportGivesItsPageCount() throws Exception {
        Path pdf;
        try (var files = Files.list(Path.of("sample-corpus/documents/reports"))) {
            pdf = files.filter(f -> f.toString().endsWith(".pdf")).sorted().findFirst().orElseThrow();
        }

        DocumentRecord document = parser.process(file(pdf)).document();

        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.kind()).isEqualTo(DocumentMetadata.REPORT);
        assertThat(document.pages()).isPositive();
    }

    @Test
    void rtfMailAndOpenDocumentTextAreReadThroughTika(@TempDir Path dir) throws Exception {
        Path rtf = Files.writeString(dir.resolve("notice.rtf"), "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}"
                + "\\f0\\pard The harbour authority fined the freight line.\\par}");
        Path mail = Files.writeString(dir.resolve("tip.eml"), """
                From: Ines Varga <ines@port.example>
                To: desk@ledger.example
                Subject: Timber manifests
                Date: Tue, 3 Mar 2026 10:00:00 +0000
                Content-Type: text/plain; charset=utf-8

                Inspectors found altered manifests on 38 voyages.
                """);
        Path odt = dir.resolve("minutes.odt");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(odt))) {
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            java.util.zip.ZipEntry mimetype = new java.util.zip.ZipEntry("mimetype");
            mimetype.setMethod(java.util.zip.ZipEntry.STORED);
            mimetype.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                    + "<text:p>The board approved the new inspection rules.</text:p></office:text></office:body>"
                    + "</office:document-content>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        DocumentRecord notice = parser.process(file(rtf)).document();
        DocumentRecord tip = parser.process(file(mail)).document();
        DocumentRecord minutes = parser.process(file(odt)).document();

        assertThat(notice.contentType()).isEqualTo("application/rtf");
        assertThat(notice.text()).contains("The harbour authority fined the freight line.");
        assertThat(notice.kind()).isEqualTo(DocumentMetadata.REPORT);
        assertThat(tip.contentType()).isEqualTo("message/rfc822");
        assertThat(tip.title()).isEqualTo("Timber manifests");
        assertThat(tip.authors()).singleElement().asString().contains("Ines Varga");
        assertThat(tip.published()).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
        assertThat(tip.text()).contains("Inspectors found altered manifests on 38 voyages.");
        assertThat(minutes.contentType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(minutes.text()).contains("The board approved the new inspection rules.");
        assertThat(minutes.kind()).isEqualTo(DocumentMetadata.REPORT);
    }

    @Test
    void aLongReportReadsWithoutItsPageNumbers() throws Exception {
        Path order = Path.of("sample-corpus/documents/reports/FinCEN-2024-02_TD-Bank-consent-order.pdf");

        DocumentRecord document = parser.process(file(order)).document();

        assertThat(document.pages()).isGreaterThan(50);
        assertThat(document.text().lines().filter(line -> line.strip().matches("[0-9]{1,3}")))
                .as("lines that are only a page number").isEmpty();
        assertThat(document.text()).contains("Bank Secrecy Act");
    }

    @Test
    void aCorruptPdfIsUnreadableWithAReason() {
        Path broken = Path.of("src/test/resources/corrupt/broken-report.pdf");

        assertThatThrownBy(() -> parser.process(file(broken)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("unreadable application/pdf: ");
    }

    @Test
    void pagesWithoutACharsetAreReadInTheCharsetTheirBytesSuggest(@TempDir Path dir) throws Exception {
        String western = "<html><body><article><p>Caf\u00e9 owners in S\u00e3o Paulo paid \u20ac5,000 in fines, "
                + "the \u201cinspectors\u201d said, after a na\u00efve attempt to hide the accounts from the r\u00e9gie.</p>"
                + "<p>The fa\u00e7ade of the building was repainted \u2013 twice \u2013 before the hearing.</p></article></body></html>";
        String japanese = "<html><body><article><p>\u6771\u4eac\u306e\u8a3c\u5238\u53d6\u5f15\u6240\u306f\u6728\u66dc\u65e5\u3001"
                + "\u65b0\u3057\u3044\u898f\u5247\u3092\u767a\u8868\u3057\u307e\u3057\u305f\u3002\u5e02\u5834\u95a2\u4fc2\u8005\u306f"
                + "\u3053\u306e\u6c7a\u5b9a\u3092\u6b53\u8fce\u3057\u3066\u3044\u307e\u3059\u3002\u5927\u962a\u306e\u4f1a\u793e\u3082"
                + "\u540c\u3058\u610f\u898b\u3067\u3059\u3002</p></article></body></html>";
        Path cp1252 = Files.write(dir.resolve("cafe.html"), western.getBytes("windows-1252"));
        Path sjis = Files.write(dir.resolve("tokyo.html"), japanese.getBytes("Shift_JIS"));

        assertThat(parser.process(file(cp1252)).document().text()).contains("Caf\u00e9", "S\u00e3o Paulo", "\u20ac5,000", "\u201cinspectors\u201d", "\u2013 twice");
        assertThat(parser.process(file(sjis)).document().text()).contains("\u6771\u4eac\u306e\u8a3c\u5238\u53d6\u5f15\u6240", "\u5927\u962a\u306e\u4f1a\u793e");
    }

    @Test
    void binaryDataNamedLikeAPageIsUnreadable(@TempDir Path dir) throws Exception {
        byte[] garbage = new byte[20_000];
        new java.util.Random(7).nextBytes(garbage);
        Path page = Files.write(dir.resolve("index.html"), garbage);

        assertThatThrownBy(() -> parser.process(file(page)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("binary data");
    }

    @Test
    void aFileOverTheSizeLimitIsSkippedUnreadAndASlowParseIsAbandoned(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "word ".repeat(300_000));
        FileParser small = new FileParser(new ReadLimits(1 << 20, 100_000, Duration.ofSeconds(30)), CLOCK);
        // Twenty megabytes read whole: a parse no machine finishes within the millisecond allowed.
        Path huge = Files.writeString(dir.resolve("huge.txt"), "word ".repeat(4_000_000));
        FileParser hurried = new FileParser(new ReadLimits(1 << 30, Integer.MAX_VALUE, Duration.ofMillis(1)), CLOCK);

        assertThatThrownBy(() -> small.process(file(big)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("too large: 1.4 MB, over the 1.0 MB limit (dossier.ingest.max-file-size)");
        assertThatThrownBy(() -> hurried.process(file(huge)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("parse of text/plain timed out after 0 s (dossier.ingest.parse-timeout)");
    }

    @Test
    void textPastTheLengthLimitIsCutAndTheDocumentFlagged(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("long.html"),
                "<html><body><article>" + "<p>A long paragraph about shipping manifests.</p>".repeat(5_000) + "</article></body></html>");
        Path text = Files.writeString(dir.resolve("long.txt"), "A long line about shipping manifests.\n".repeat(5_000));

        DocumentRecord cutPage = parser.process(file(page)).document();
        DocumentRecord cutText = parser.process(file(text)).document();
        DocumentRecord whole = parser.process(file(Files.writeString(dir.resolve("short.txt"), "Short and whole."))).document();

        assertThat(cutPage.truncated()).isTrue();
        assertThat(cutPage.text()).hasSizeLessThanOrEqualTo(100_000);
        assertThat(cutText.truncated()).isTrue();
        assertThat(cutText.text()).hasSizeLessThanOrEqualTo(100_000);
        assertThat(whole.truncated()).isFalse();
    }

    @Test
    void aPageNestedTwentyThousandDivsDeepKeepsItsText(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<div>".repeat(20_000)
                + "<p>Customs officers in Rotterdam seized 4,000 kilograms of cocaine hidden in banana crates, "
                + "the prosecutor said on Friday.</p>" + "</div>".repeat(20_000) + "</body></html>");

        DocumentRecord document = parser.process(file(page)).document();

        assertThat(document.text()).contains("Customs officers in Rotterdam seized 4,000 kilograms of cocaine");
    }

    @Test
    void aMarkdownReportReadsAsParagraphsWithoutMarkupTitledByItsHeading() throws Exception {
        Path report = Path.of("sample-corpus/documents/reports/GAO-26-108945_foreign-assistance-fraud-waste-abuse-risks.md");

        DocumentRecord document = parser.process(file(report)).document();

        assertThat(document.title()).isEqualTo("Foreign Assistance: Opportunities Exist for Agencies to Improve "
                + "Their Management of Fraud, Waste, and Abuse Risks");
        assertThat(document.text()).startsWith(document.title() + "\n\nReport: GAO-26-108945 | Published: 2026-03-17 | "
                + "Source: U.S. Government Accountability Office\n\nHighlights\n\nWhat GAO Found\n\n"
                + "No area of the federal government is immune to fraud, waste, or abuse. GAO estimates that");
        assertThat(document.text()).doesNotContain("**", "](", "[U.S.", "# ", "---");
    }

    @Test
    void aDocumentWithoutATitleIsTitledByItsFirstLineElseItsFileName(@TempDir Path dir) throws Exception {
        Path release = Files.writeString(dir.resolve("LR-1.txt"), "\n  U.S. SECURITIES AND EXCHANGE COMMISSION\n\nThe "
                + "Commission announced a judgment.");
        Path longLine = Files.writeString(dir.resolve("long.txt"), "word ".repeat(60));

        assertThat(parser.process(file(release)).document().title()).isEqualTo("U.S. SECURITIES AND EXCHANGE COMMISSION");
        assertThat(parser.process(file(longLine)).document().title()).hasSizeLessThanOrEqualTo(DocumentTitles.MAX_LENGTH)
                .endsWith("word…");
        assertThat(FileName.of(dir.resolve("notes%20on%20gold.txt").toString())).isEqualTo("notes on gold.txt");
        // A label its software gave the file, or an address, is no title.
        DocumentMetadata labelled = new DocumentMetadata("advisu8", List.of(), null, null, null, "report", 3);
        assertThat(DocumentTitles.withTitle(labelled, "https://crsreports.congress.gov\n\nApril 9, 2026\n\n"
                + "Informal Value Transfer Systems\n\nThe text.", "/srv/a.pdf").title())
                .isEqualTo("Informal Value Transfer Systems");
        assertThat(DocumentTitles.withTitle(labelled, "12 3\n", "/srv/advisory-9.pdf").title()).isEqualTo("advisory-9.pdf");
        DocumentMetadata titled = new DocumentMetadata("Raid on port", List.of(), null, null, null, "report", 3);
        assertThat(DocumentTitles.withTitle(titled, "Other words", "/srv/a.pdf").title()).isEqualTo("Raid on port");
        assertThat(FileName.of("/srv/mail/letter.eml!/scan.pdf")).isEqualTo("scan.pdf");
        assertThat(FileName.of("https://example.org/news/raid.html?ref=rss")).isEqualTo("raid.html");
    }

    private static SourceFile file(Path path) throws Exception {
        return SourceFile.local(path.getParent().toString(), path, Files.size(path));
    }
}
