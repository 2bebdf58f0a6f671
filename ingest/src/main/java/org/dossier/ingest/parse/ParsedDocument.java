package org.dossier.ingest.parse;

import java.util.List;

import org.dossier.config.domain.DocumentMetadata;

/**
 * What a parser read from one file or from one file inside it.
 *
 * @param text its main text, paragraphs separated by blank lines
 * @param contentType the detected media type
 * @param metadata title, authors, dates and the like, as far as the file tells them
 * @param truncated whether the text was cut at the length limit
 * @param attachments the files inside it (a mail's attachments, an archive's members), each read on its own
 */
public record ParsedDocument(String text, String contentType, DocumentMetadata metadata, boolean truncated,
                             List<Attachment> attachments) {

    /** A file with nothing inside it. */
    public ParsedDocument(String text, String contentType, DocumentMetadata metadata, boolean truncated) {
        this(text, contentType, metadata, truncated, List.of());
    }

    /**
     * A file found inside another.
     *
     * @param path where it sits in the outermost file, such as {@code /letters.zip/note.txt}
     * @param size its size in bytes as its container gives it, or -1
     * @param content what was read from it, or null when it could not be read
     * @param failure why it could not be read, or null
     */
    public record Attachment(String path, long size, ParsedDocument content, String failure) {
    }
}
