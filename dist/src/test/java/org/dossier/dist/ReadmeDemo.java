package org.dossier.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the README says the demo gives: its last line's counts, and an example search with the
 * document it finds first.
 */
record ReadmeDemo(long documents, long entities, String query, String document) {

    private static final Pattern LAST_LINE = Pattern.compile("`demo url=\\S+ documents=(\\d+) entities=(\\d+)`");
    private static final Pattern EXAMPLE = Pattern.compile("search for `([^`]+)`: \\*([^*]+)\\* comes first",
            Pattern.DOTALL);

    static ReadmeDemo read(Path readme) throws IOException {
        String text = Files.readString(readme);
        Matcher line = LAST_LINE.matcher(text);
        Matcher example = EXAMPLE.matcher(text);
        if (!line.find() || !example.find()) {
            throw new AssertionError("the README gives no demo line or example search in the form " + LAST_LINE
                    + " and " + EXAMPLE);
        }
        return new ReadmeDemo(Long.parseLong(line.group(1)), Long.parseLong(line.group(2)), example.group(1),
                example.group(2).replaceAll("\\s+", " "));
    }
}
