package org.dossier.config.domain;

import java.time.Instant;
import java.util.List;

/**
 * One document as stored in the documents index.
 *
 * @param id hash of the normalised text (see {@link ContentHash}): the same text is the same document
 * @param source where it was read from (a path or URL)
 * @param title title from the page or file metadata, or null
 * @param authors authors named in its metadata; empty when unknown
 * @param canonicalUrl the address its publisher gives as its own, or null
 * @param publisher the site or organisation that published it, or null
 * @param site where it comes from, for filtering (see {@link Site}), or null
 * @param kind "news article", "report" or "other" (see {@link DocumentMetadata})
 * @param pages page count of a paged format such as PDF, or null
 * @param text the document's main text
 * @param contentType media type detected when reading it
 * @param language ISO 639-1 code of its language, or null when it could not be told
 * @param published publication date from its metadata, or null
 * @param ingestedAt when it was first indexed
 * @param size size of the original input in bytes
 * @param truncated whether the text was cut at the length limit
 * @param people names of the people mentioned, folded (see {@link NameKey}), each once
 * @param organizations names of the organisations mentioned, folded, each once
 * @param locations names of the places mentioned, folded, each once
 * @param nlpNote why entities were not looked for, such as "no NER model for de"; else null
 * @param figures money, percentages, counts and dates in the text
 * @param fingerprint what finds near-duplicates; null until analysed
 * @param nearDuplicates ids of documents compared before this one with nearly the same text (a
 *        story republished with a new headline, say): the first document of their cluster, which
 *        itself links to none; its copies are the documents that link to it
 * @param parent id of the document this one came inside (a mail's attachment, an archive's
 *        member, a file embedded in a report), or null for a file of its own
 */
public record DocumentRecord(
        String id,
        String source,
        String title,
        List<String> authors,
        String canonicalUrl,
        String publisher,
        String site,
        String kind,
        Integer pages,
        String text,
        String contentType,
        String language,
        Instant published,
        Instant ingestedAt,
        long size,
        boolean truncated,
        List<String> people,
        List<String> organizations,
        List<String> locations,
        String nlpNote,
        List<Figure> figures,
        Fingerprint fingerprint,
        List<String> nearDuplicates,
        String parent) {

    /** A document as read, before language, entities and figures are known. */
    public static DocumentRecord read(String id, String source, String text, String contentType,
                                      DocumentMetadata metadata, Instant ingestedAt, long size, boolean truncated) {
        String site = Site.of(source, metadata.canonicalUrl(), metadata.publisher());
        return new DocumentRecord(id, source, metadata.title(), metadata.authors(), metadata.canonicalUrl(),
                metadata.publisher(), site, metadata.kind(), metadata.pages(), text, contentType, null,
                metadata.published(), ingestedAt, size, truncated, List.of(), List.of(), List.of(), null, List.of(), null, List.of(), null);
    }

    /** This document as found inside the document {@code parentId}. */
    public DocumentRecord insideOf(String parentId) {
        return new DocumentRecord(id, source, title, authors, canonicalUrl, publisher, site, kind, pages, text, contentType,
                language, published, ingestedAt, size, truncated, people, organizations, locations, nlpNote, figures,
                fingerprint, nearDuplicates, parentId);
    }

    /** This document with what analysis found in it. */
    public DocumentRecord analysed(String language, List<Mention> mentions, String nlpNote, List<Figure> figures,
                                   Fingerprint fingerprint) {
        return new DocumentRecord(id, source, title, authors, canonicalUrl, publisher, site, kind, pages, text, contentType,
                language, published, ingestedAt, size, truncated,
                names(mentions, Mention.PERSON), names(mentions, Mention.ORGANIZATION),
                names(mentions, Mention.LOCATION), nlpNote, List.copyOf(figures), fingerprint, nearDuplicates, parent);
    }

    private static List<String> names(List<Mention> mentions, String type) {
        return mentions.stream().filter(m -> m.type().equals(type)).map(Mention::normalized).distinct().toList();
    }
}
