package org.dossier.ingest.parse;

import java.util.regex.Pattern;

/**
 * Tells a table row in a PDF's text from prose, and marks its cells. PDFBox writes a row as
 * one line with a space between cells ("Shrimp 749.7 7.77 448"), so a number in one cell
 * would run into the number in the next ("448 252" reads as 448,252). A row is a line of
 * several short tokens, at least half of them figures; its cells are then split at each
 * figure and joined with {@value #SEPARATOR}.
 */
final class TableRows {

    static final String SEPARATOR = " | ";

    /** 12, 1,234.5, $6.2, (3.4), -7%, 45%, FY2017, 2006a, and the dashes that stand for "none". */
    private static final Pattern FIGURE = Pattern.compile(
            "[(]?[-–+]?[$€£¥]?\\p{Lu}{0,3}[0-9][0-9,.]*[%)]?\\p{Ll}?[)]?|[-–—]+\\p{Ll}?|n/?a|N/?A");

    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern CONNECTIVE = Pattern.compile("(?i)(?<![\\p{L}])(and|or|to|of|in|on|at|by|for|from|with|the|a|an)(?![\\p{L}])");

    private TableRows() {
    }

    static boolean isRow(String line) {
        String[] tokens = SPACES.split(line.strip());
        if (tokens.length < 2) {
            return false;
        }
        int figures = 0;
        for (String token : tokens) {
            // A word ending in a comma or semicolon is prose: a list of dates, laws or amounts.
            if (token.endsWith(",") && !FIGURE.matcher(token).matches() || token.endsWith(";")) {
                return false;
            }
            if (FIGURE.matcher(token).matches() && !token.endsWith(",")) {
                figures++;
            }
        }
        // A cell does not end in a full stop; a footnote does ("12 See 31 CFR 1010.610.").
        boolean sentence = tokens[tokens.length - 1].endsWith(".");
        boolean footnote = figure(tokens[0]) && !figure(tokens[1]) && Character.isUpperCase(tokens[1].codePointAt(0));
        // Half figures is a row only without the small words of a sentence ("During 2020 and 2023").
        return figures >= 2 && !sentence && !footnote
                && (figures * 2 > tokens.length || figures * 2 == tokens.length && !CONNECTIVE.matcher(line).find());
    }

    /**
     * The row with a separator before every figure and after every figure not followed by the
     * lower-case word that qualifies it ("$25 million" stays one cell).
     */
    static String cells(String line) {
        String[] tokens = SPACES.split(line.strip());
        StringBuilder row = new StringBuilder(tokens[0]);
        for (int i = 1; i < tokens.length; i++) {
            boolean before = figure(tokens[i - 1]);
            boolean here = figure(tokens[i]);
            boolean qualifier = before && !here && Character.isLowerCase(tokens[i].codePointAt(0));
            row.append(here || before && !qualifier ? SEPARATOR : " ").append(tokens[i]);
        }
        return row.toString();
    }

    private static boolean figure(String token) {
        return FIGURE.matcher(token).matches();
    }
}
