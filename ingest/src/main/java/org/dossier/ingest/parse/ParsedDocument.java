package org.dossier.ingest.parse;

import org.dossier.config.domain.DocumentMetadata;

/**
 * What a parser read from one file.
 *
 * @param text its main text, paragraphs separated by blank lines
 * @param contentType the detected media type
 * @param metadata title, authors, dates and the like, as far as the file tells them
 * @param truncated whether the text was cut at the length limit
 */
public record ParsedDocument(String text, String contentType, DocumentMetadata metadata, boolean truncated) {
}
