package org.dossier.search.document;

import java.time.Instant;
import java.util.List;

import org.dossier.config.domain.Figure;

/**
 * A document with what was found in it, for reading: its text, and the spans of its mentions
 * and figures as offsets into that text.
 */
public record DocumentDetail(String id, String title, String source, String site, String kind, List<String> authors,
                             String contentType, long size, String language, Instant published, Instant ingestedAt,
                             String parent, List<String> nearDuplicates, String nlpNote, String text,
                             List<MentionSpan> mentions, List<Figure> figures) {

    /**
     * @param type PERSON, ORGANIZATION or LOCATION
     * @param text as written
     * @param entityId the entity it was resolved to, or null (places, or before resolve ran)
     */
    public record MentionSpan(String type, String text, int start, int end, String entityId) {
    }
}
