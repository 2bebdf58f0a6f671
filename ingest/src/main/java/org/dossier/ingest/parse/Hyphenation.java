package org.dossier.ingest.parse;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mends a word broken at a line end with a hyphen. The hyphen goes ("launder-" + "ing" reads
 * "laundering") unless it belongs to the word: when the part after it starts with a capital or
 * a digit ("anti-" + "Money", "COVID-" + "19"), when the part before is not a plain word
 * ("chain-of-", "U.S.-"), or when the document itself writes the compound with a hyphen
 * elsewhere ("anti-money" in another line keeps "anti-" + "money" as "anti-money"). Without
 * a dictionary, the document's own spelling is the evidence; a compound it writes only at
 * line ends loses its hyphen. A hyphen before "and", "or" or "to" stands for a word to come
 * ("pre- and post-war") and keeps its space.
 */
final class Hyphenation {

    /** A word broken at the end of a line: letters, then the hyphen, at the end. */
    private static final Pattern BROKEN = Pattern.compile(".*\\p{L}-");
    /** "pre- and post-war": a hyphen standing for a word that comes after "and" or "or". */
    private static final Pattern SUSPENDED = Pattern.compile("(?:and|or|to) ");
    private static final Pattern PLAIN_PART = Pattern.compile("\\p{L}{2,}");

    private final String document;

    /** @param document the whole text, in which compounds are looked up */
    Hyphenation(String document) {
        this.document = document.toLowerCase(Locale.ROOT);
    }

    /** Whether {@code line} ends in a word broken by a hyphen that {@code next} may continue. */
    static boolean broken(String line, String next) {
        return BROKEN.matcher(line).matches() && !next.isEmpty() && Character.isLetterOrDigit(next.codePointAt(0));
    }

    /** The two lines joined across the break, with the hyphen kept or removed. */
    String join(String line, String next) {
        if (SUSPENDED.matcher(next).lookingAt()) {
            return line + " " + next;
        }
        return (keepsHyphen(line, next) ? line : line.substring(0, line.length() - 1)) + next;
    }

    private boolean keepsHyphen(String line, String next) {
        if (!Character.isLowerCase(next.codePointAt(0))) {
            return true;
        }
        int start = line.lastIndexOf(' ') + 1;
        String before = line.substring(start, line.length() - 1);
        before = before.replaceFirst("^[\"“‘'(\\[]+", "");
        if (!PLAIN_PART.matcher(before).matches()) {
            return true;
        }
        String after = next.split("[^\\p{L}]", 2)[0];
        String compound = (before + "-" + after).toLowerCase(Locale.ROOT);
        int at = document.indexOf(compound);
        while (at >= 0) {
            boolean startsWord = at == 0 || !Character.isLetter(document.charAt(at - 1));
            int end = at + compound.length();
            boolean endsWord = end == document.length() || !Character.isLetter(document.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
            at = document.indexOf(compound, at + 1);
        }
        return false;
    }
}
