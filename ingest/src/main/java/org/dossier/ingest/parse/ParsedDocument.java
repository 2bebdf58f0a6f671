package org.dossier.ingest.parse;

import java.time.Instant;

/**
 * What a parser read from one file.
 *
 * @param title the document's title, or null
 * @param text its main text, paragraphs separated by blank lines
 * @param contentType the detected media type
 * @param published its publication date, or null
 */
public record ParsedDocument(String title, String text, String contentType, Instant published) {
}
