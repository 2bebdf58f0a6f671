package org.dossier.config.domain;

import java.time.Instant;
import java.util.List;

/**
 * What a document says about itself, from its page markup or file properties.
 *
 * @param title its title, or null
 * @param authors its authors' names, in the order given; empty when unknown
 * @param published its publication date, or null
 * @param canonicalUrl the address the publisher gives as the document's own, or null
 * @param publisher the site or organisation that published it, or null
 * @param kind {@link #NEWS_ARTICLE}, {@link #REPORT} or {@link #OTHER}
 * @param pages its page count, for paged formats such as PDF; else null
 */
public record DocumentMetadata(String title, List<String> authors, Instant published, String canonicalUrl,
                               String publisher, String kind, Integer pages) {

    public static final String NEWS_ARTICLE = "news article";
    public static final String REPORT = "report";
    public static final String OTHER = "other";

    public DocumentMetadata {
        title = blankToNull(title);
        authors = authors == null ? List.of() : authors.stream().map(String::strip).filter(a -> !a.isEmpty())
                .distinct().toList();
        canonicalUrl = blankToNull(canonicalUrl);
        publisher = blankToNull(publisher);
        kind = kind == null ? OTHER : kind;
    }

    /** Nothing known but the kind. */
    public static DocumentMetadata none(String kind) {
        return new DocumentMetadata(null, List.of(), null, null, null, kind, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
    }
}
