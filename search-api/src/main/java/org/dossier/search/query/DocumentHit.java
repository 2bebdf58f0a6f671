package org.dossier.search.query;

import java.time.Instant;
import java.util.List;

/**
 * One document in a result list. Highlight snippets are HTML: the document's text escaped,
 * with matches wrapped in {@code <mark>}.
 *
 * @param id the document's id
 * @param title its title, else the name of its file
 * @param titleHighlight the title with matches marked, or null when the title did not match
 * @param source where it was read from
 * @param site where it comes from, in a word
 * @param kind news article, report or other
 * @param contentType its media type
 * @param published its publication date, or null
 * @param highlights passages of its text with matches marked
 */
public record DocumentHit(String id, String title, String titleHighlight, String source, String site, String kind,
                          String contentType, Instant published, List<String> highlights) {
}
