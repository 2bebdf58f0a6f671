package org.dossier.ingest.parse;

import org.dossier.config.domain.DocumentMetadata;
import org.dossier.config.domain.FileName;

/**
 * Every document gets a title a reader can use: its own, else its first line (a heading, as a
 * rule), else the name of its file; never the path where it was found on a server.
 */
final class DocumentTitles {

    static final int MAX_LENGTH = 120;

    private DocumentTitles() {
    }

    static DocumentMetadata withTitle(DocumentMetadata metadata, String text, String location) {
        if (metadata.title() != null) {
            return metadata;
        }
        String title = firstLine(text);
        return new DocumentMetadata(title != null ? title : FileName.of(location), metadata.authors(),
                metadata.published(), metadata.canonicalUrl(), metadata.publisher(), metadata.kind(), metadata.pages());
    }

    /** The first line with a letter in it, cut at a word before {@value #MAX_LENGTH} characters. */
    static String firstLine(String text) {
        String line = text == null ? null : text.lines().map(String::strip)
                .filter(l -> l.codePoints().anyMatch(Character::isLetter)).findFirst().orElse(null);
        if (line == null || line.length() <= MAX_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_LENGTH - 1);
        return line.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).strip() + "…";
    }
}
