package org.dossier.config.domain;

import java.time.Instant;

/**
 * One document as stored in the documents index.
 *
 * @param id hash of the normalised text (see {@link ContentHash}): the same text is the same document
 * @param source where it was read from (a path or URL)
 * @param title title from the page or file metadata, or null
 * @param text the document's main text
 * @param contentType media type detected when reading it
 * @param published publication date from its metadata, or null
 * @param ingestedAt when it was first indexed
 * @param size size of the original input in bytes
 */
public record DocumentRecord(
        String id,
        String source,
        String title,
        String text,
        String contentType,
        Instant published,
        Instant ingestedAt,
        long size) {
}
