package org.dossier.ingest.figures;

/**
 * A token of text for figure recognition.
 *
 * @param text the token as written
 * @param start offset of its first character
 * @param end offset just past its last character
 * @param spaceBefore whether whitespace separates it from the previous token
 */
record Token(String text, int start, int end, boolean spaceBefore) {

    String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    boolean isDigits() {
        return !text.isEmpty() && (Character.isDigit(text.charAt(0)) || text.charAt(0) == '.' && text.length() > 1);
    }
}
