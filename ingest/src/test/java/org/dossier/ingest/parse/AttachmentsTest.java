package org.dossier.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dossier.config.domain.DocumentRecord;
import org.dossier.ingest.source.SourceFile;

/** Files inside files: archive members, mail attachments, each a document linked to its container. */
class AttachmentsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);
    private final FileParser parser = new FileParser(new ReadLimits(1 << 20, 100_000, Duration.ofSeconds(30)), CLOCK);

    @Test
    void archiveMembersAtAnyDepthAreDocumentsLinkedToWhatHoldsThem(@TempDir Path dir) throws Exception {
        byte[] inner = zip(Map.of(
                "note.txt", text("Inspectors found altered manifests."),
                "memo.txt", text("The harbour authority fined the freight line.")));
        Path outer = write(dir.resolve("bundle.zip"), zip(Map.of(
                "notes.zip", inner,
                "readme.txt", text("Papers from the port inquiry."))));

        ReadFile read = parser.process(file(outer));

        Map<String, DocumentRecord> bySource = read.attachments().stream()
                .collect(Collectors.toMap(DocumentRecord::source, Function.identity()));
        String root = outer.toString();
        assertThat(bySource).containsOnlyKeys(root + "!/readme.txt", root + "!/notes.zip",
                root + "!/notes.zip/note.txt", root + "!/notes.zip/memo.txt");
        DocumentRecord innerZip = bySource.get(root + "!/notes.zip");
        assertThat(innerZip.parent()).isEqualTo(read.document().id());
        assertThat(bySource.get(root + "!/readme.txt").parent()).isEqualTo(read.document().id());
        assertThat(bySource.get(root + "!/notes.zip/note.txt").parent()).isEqualTo(innerZip.id());
        assertThat(bySource.get(root + "!/notes.zip/note.txt").text()).isEqualTo("Inspectors found altered manifests.");
        // The archive's own document lists what it holds and carries none of its members' text.
        assertThat(read.document().text()).contains("readme.txt", "notes.zip").doesNotContain("Inspectors");
        assertThat(read.document().parent()).isNull();
        assertThat(read.unread()).isEmpty();
    }

    @Test
    void aMailsAttachmentIsADocumentOfItsOwnAndTheMailKeepsItsBody(@TempDir Path dir) throws Exception {
        Path mail = Files.writeString(dir.resolve("tip.eml"), """
                From: Ines Varga <ines@port.example>
                To: desk@ledger.example
                Subject: Timber manifests
                Date: Tue, 3 Mar 2026 10:00:00 +0000
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="part"

                --part
                Content-Type: text/plain; charset=utf-8

                Inspectors found altered manifests on 38 voyages.
                --part
                Content-Type: text/plain; name="ledger.txt"
                Content-Disposition: attachment; filename="ledger.txt"

                The ledger lists 12 shipments to Rotterdam.
                --part--
                """);

        ReadFile read = parser.process(file(mail));

        assertThat(read.document().title()).isEqualTo("Timber manifests");
        assertThat(read.document().text()).contains("38 voyages").doesNotContain("Rotterdam");
        assertLedgerAttached(read, mail);
    }

    @Test
    void anOutlookMessageGivesItsSubjectBodyAndAttachment(@TempDir Path dir) throws Exception {
        Path message = dir.resolve("tip.msg");
        try (POIFSFileSystem outlook = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(message)) {
            // The MAPI properties Outlook stores as streams: subject, body, sender; then one attachment.
            DirectoryEntry root = outlook.getRoot();
            unicode(root, "0037", "Timber manifests");
            unicode(root, "1000", "Inspectors found altered manifests on 38 voyages.");
            unicode(root, "0C1A", "Ines Varga");
            DirectoryEntry attachment = root.createDirectory("__attach_version1.0_#00000000");
            unicode(attachment, "3707", "ledger.txt");
            attachment.createDocument("__substg1.0_37010102",
                    new ByteArrayInputStream(text("The ledger lists 12 shipments to Rotterdam.")));
            outlook.writeFilesystem(out);
        }

        ReadFile read = parser.process(file(message));

        assertThat(read.document().contentType()).isEqualTo("application/vnd.ms-outlook");
        assertThat(read.document().text()).contains("Timber manifests", "Ines Varga", "38 voyages");
        assertLedgerAttached(read, message);
    }

    @Test
    void aMemberThatCannotBeReadIsListedWithItsReasonAndTheOthersAreRead(@TempDir Path dir) throws Exception {
        byte[] broken = Files.readAllBytes(Path.of("src/test/resources/corrupt/broken-report.pdf"));
        Path archive = write(dir.resolve("filing.zip"), zip(Map.of(
                "annex.pdf", broken,
                "cover.txt", text("Cover letter to the harbour authority."))));

        ReadFile read = parser.process(file(archive));

        assertThat(read.attachments()).extracting(DocumentRecord::source).containsExactly(archive + "!/cover.txt");
        assertThat(read.unread()).singleElement().satisfies(unread -> {
            assertThat(unread.source()).isEqualTo(archive + "!/annex.pdf");
            assertThat(unread.reason()).startsWith("unreadable application/pdf: ");
        });
    }

    @Test
    void aZipBombIsRefusedWithTheReason(@TempDir Path dir) throws Exception {
        Path bomb = write(dir.resolve("invoices.zip"), bomb(true));

        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        assertThatThrownBy(() -> parser.process(file(bomb)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("suspected archive bomb: 200.0 MB of content packed into 0.2 MB");
    }

    @Test
    void aZipBombThatHidesItsSizeIsCutAtTheTextLimitAndFlagged(@TempDir Path dir) throws Exception {
        Path bomb = write(dir.resolve("invoices.zip"), bomb(false));

        ReadFile read = parser.process(file(bomb));

        assertThat(read.document().truncated()).isTrue();
        assertThat(read.attachments()).singleElement().satisfies(invoice -> {
            assertThat(invoice.truncated()).isTrue();
            assertThat(invoice.text().length()).isLessThanOrEqualTo(100_000);
        });
    }

    /** 200 MB of one letter in a zip; with {@code declared}, the sizes stand in the entry's header, as most zip tools write them. */
    private static byte[] bomb(boolean declared) throws IOException {
        byte[] megabyte = new byte[1 << 20];
        Arrays.fill(megabyte, (byte) 'a');
        ZipEntry entry = new ZipEntry("invoice.txt");
        if (declared) {
            CRC32 crc = new CRC32();
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            byte[] out = new byte[1 << 16];
            long packed = 0;
            for (int i = 0; i < 200; i++) {
                crc.update(megabyte);
                deflater.setInput(megabyte);
                while (!deflater.needsInput()) {
                    packed += deflater.deflate(out);
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                packed += deflater.deflate(out);
            }
            deflater.end();
            entry.setSize(200L << 20);
            entry.setCompressedSize(packed);
            entry.setCrc(crc.getValue());
        }
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(entry);
            for (int i = 0; i < 200; i++) {
                zip.write(megabyte);
            }
        }
        return bytes.toByteArray();
    }

    /** Both messages carry the same attachment: a ledger, linked to the message. */
    private static void assertLedgerAttached(ReadFile read, Path message) {
        assertThat(read.attachments()).singleElement().satisfies(ledger -> {
            assertThat(ledger.source()).isEqualTo(message + "!/ledger.txt");
            assertThat(ledger.text()).isEqualTo("The ledger lists 12 shipments to Rotterdam.");
            assertThat(ledger.parent()).isEqualTo(read.document().id());
        });
    }

    private static void unicode(DirectoryEntry entry, String property, String value) throws IOException {
        entry.createDocument("__substg1.0_" + property + "001F",
                new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_16LE)));
    }

    private static byte[] zip(Map<String, byte[]> members) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var member : new java.util.TreeMap<>(members).entrySet()) {
                zip.putNextEntry(new ZipEntry(member.getKey()));
                zip.write(member.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Path write(Path path, byte[] bytes) throws IOException {
        return Files.write(path, bytes);
    }

    private static SourceFile file(Path path) throws IOException {
        return SourceFile.local(path.getParent().toString(), path, Files.size(path));
    }
}
