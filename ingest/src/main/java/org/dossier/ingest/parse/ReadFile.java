package org.dossier.ingest.parse;

import java.util.List;
import java.util.stream.Stream;

import org.dossier.config.domain.DocumentRecord;

/**
 * The documents one file gave.
 *
 * @param document the file's own document
 * @param attachments one document per file found inside it (at any depth), each naming the
 *        document it came inside as its parent
 * @param unread the files inside it that could not be read, with the reason
 */
public record ReadFile(DocumentRecord document, List<DocumentRecord> attachments, List<Unread> unread) {

    public Stream<DocumentRecord> documents() {
        return Stream.concat(Stream.of(document), attachments.stream());
    }

    /** A file inside another that could not be read: its place ({@code report.zip!/annex.pdf}) and why. */
    public record Unread(String source, String reason) {
    }
}
