package org.dossier.ingest.figures;

/**
 * A token of text for figure recognition.
 *
 * @param text the token as written
 * @param start offset of its first character
 * @param end offset just past its last character
 * @param gap the whitespace that separates it from the previous token
 */
record Token(String text, int start, int end, Gap gap) {

    /**
     * What lies between two tokens. Two numbers side by side with a wider gap than a space
     * between them (a line break, two or more spaces) are two numbers, as in a table's cells; a
     * connecting word ("and", "point") or a scale or unit word may still follow a wrapped line.
     * A tab is a cell boundary that nothing crosses.
     */
    enum Gap { NONE, SPACE, BREAK, CELL }

    boolean spaceBefore() {
        return gap != Gap.NONE;
    }

    /** Whether a number before this token may not run on into it. */
    boolean breakBefore() {
        return gap == Gap.BREAK || gap == Gap.CELL;
    }

    /** Whether nothing before this token belongs with it: a tab lies between. */
    boolean cellBefore() {
        return gap == Gap.CELL;
    }

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    boolean isDigits() {
        return !text.isEmpty() && (Character.isDigit(text.charAt(0)) || text.charAt(0) == '.' && text.length() > 1);
    }

    /** A year written alone (1900 to 2100, four digits, no separators): a table's column or a date, not an amount. */
    boolean isBareYear() {
        if (!text.matches("\\d{4}")) {
            return false;
        }
        int year = Integer.parseInt(text);
        return year >= 1900 && year <= 2100;
    }
}
