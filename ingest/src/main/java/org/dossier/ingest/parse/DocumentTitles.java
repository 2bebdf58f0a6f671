package org.dossier.ingest.parse;

import java.util.regex.Pattern;

import org.dossier.config.domain.DocumentMetadata;
import org.dossier.config.domain.FileName;

/**
 * Every document gets a title a reader can use: its own, else its first line that reads as words
 * (a heading, as a rule), else the name of its file; never the path where it was found on a
 * server. A file's own title can be a label its software gave it ("advisu8", "report_v2.doc"),
 * and a first line an address: neither is a title.
 */
final class DocumentTitles {

    static final int MAX_LENGTH = 120;

    private DocumentTitles() {
    }

    private static final Pattern ADDRESS = Pattern.compile("^(https?://|www\\.)\\S*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile("^\\S*([\\d_]|\\.\\w{2,4}$)\\S*$");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    static DocumentMetadata withTitle(DocumentMetadata metadata, String text, String location) {
        String own = metadata.title();
        if (own != null && !LABEL.matcher(own).matches() && !ADDRESS.matcher(own).matches()) {
            return metadata;
        }
        String title = firstLine(text);
        return new DocumentMetadata(title != null ? title : FileName.of(location), metadata.authors(),
                metadata.published(), metadata.canonicalUrl(), metadata.publisher(), metadata.kind(), metadata.pages());
    }

    /** The first line of two words or more that is no address, cut at a word before {@value #MAX_LENGTH} characters. */
    static String firstLine(String text) {
        String line = text == null ? null : text.lines().map(String::strip)
                .filter(l -> WORD.matcher(l).results().limit(2).count() == 2 && !ADDRESS.matcher(l).matches())
                .findFirst().orElse(null);
        if (line == null || line.length() <= MAX_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_LENGTH - 1);
        return line.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).strip() + "…";
    }
}
