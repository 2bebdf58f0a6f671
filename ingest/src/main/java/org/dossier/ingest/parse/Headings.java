package org.dossier.ingest.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a heading among a PDF's lines: a short line of capitalised words ("Illicit Finance and
 * the Timber Trade"), of capitals ("RISK INDICATORS") or after a section number ("1.2
 * Background"), not ending as a sentence or a clause does and not in a small word.
 */
final class Headings {

    private static final int HEADING_WORDS = 12;
    /** The end of a sentence or clause, or a broken word: no heading ends so. */
    private static final Pattern CLAUSE_END = Pattern.compile(".*(?:[.!?,;][\"”’')\\]]*[0-9]{0,3}|-)");
    private static final Pattern NUMBERED = Pattern.compile(
            "(?:[0-9]{1,2}(?:\\.[0-9]{1,2})*\\.?|[IVX]{1,5}\\.|[A-Z]\\.)\\s+\\p{Lu}.*");
    /** A section number of two levels or more: "2.1 Risks to the banking system". */
    private static final Pattern SECTION = Pattern.compile("[0-9]{1,2}(?:\\.[0-9]{1,2})+\\.?\\s+\\p{Lu}.*");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "to",
            "in", "on", "at", "by", "for", "from", "with", "as", "into", "onto", "via", "per", "than", "that", "which",
            "who", "whose", "its", "their", "his", "her", "our", "is", "are", "was", "were", "be", "been", "has", "have",
            "had", "against", "about", "over", "under", "between", "through", "during", "after", "before", "without",
            "within", "among", "across", "such", "this", "these", "those", "not");

    private Headings() {
    }

    /** @param full whether the line runs to the full width of its neighbours, as a heading rarely does */
    static boolean is(String line, boolean full) {
        if (line.isEmpty() || CLAUSE_END.matcher(line).matches() || line.contains("://")) {
            return false;
        }
        String[] words = line.split(" ");
        if (words.length > HEADING_WORDS || endsInSmallWord(line)) {
            return false;
        }
        if (SECTION.matcher(line).matches()) {
            return true;
        }
        if (!Character.isUpperCase(line.codePointAt(0)) && !NUMBERED.matcher(line).matches()) {
            return false;
        }
        boolean lower = line.chars().anyMatch(Character::isLowerCase);
        if (!lower) {
            return line.chars().filter(Character::isLetter).count() >= 2;
        }
        if (full) {
            return false;
        }
        int counted = 0;
        int capitalised = 0;
        for (String word : words) {
            int letter = 0;
            while (letter < word.length() && !Character.isLetter(word.charAt(letter))) {
                letter++;
            }
            String bare = word.substring(letter);
            if (bare.isEmpty() || SMALL_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(bare.codePointAt(0))) {
                capitalised++;
            }
        }
        return counted > 0 && capitalised * 4 >= counted * 3;
    }

    /** A line numbered as a list or section is ("3. Findings", "II. Risks", "B. Funding"). */
    static boolean numbered(String line) {
        return NUMBERED.matcher(line).matches();
    }

    /** The line with a capital first: a heading read on in lower case is judged as one. */
    static String capitalised(String line) {
        return line.substring(0, 1).toUpperCase(Locale.ROOT) + line.substring(1);
    }

    /** Whether the line ends in a word that a sentence or title goes on from ("of", "the", "against"). */
    static boolean endsInSmallWord(String line) {
        String lastWord = line.substring(line.lastIndexOf(' ') + 1);
        return SMALL_WORDS.contains(lastWord) && line.indexOf(' ') > 0;
    }
}
