package org.dossier.ingest.parse;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends a word broken at a line end after a hyphen. Reports break lines at the hyphens of
 * compounds ("risk-" + "based") more often than inside words ("launder-" + "ing"), and without a
 * dictionary the document's own words are the evidence. In order:
 *
 * <ol>
 * <li>the hyphen stays when the part after it starts with a capital or a digit ("anti-" +
 *     "Money", "COVID-" + "19"), is itself a compound ("murder-" + "for-hire"), or the part
 *     before is not a plain word ("U.S.-", "chain-of-", "ATM-", "FinCEN-");</li>
 * <li>before "and", "or" or "to" it stands for a word to come ("pre- and post-war") and keeps
 *     its space;</li>
 * <li>it stays when the document writes the compound with a hyphen elsewhere, and goes when it
 *     writes the joined word ("laundering");</li>
 * <li>it stays after a prefix that takes one and starts no word ("anti-", "self-", "non-");</li>
 * <li>it stays when both parts are words the document uses on their own ("local-" + "area"),
 *     or the part after is and the part before is an adverb in -ly ("newly-" + "created") or a
 *     prefix that may also be a first syllable ("co-" + "founders", but "pre-" + "vent");</li>
 * <li>otherwise it goes: the break was inside a word ("infor-" + "mation").</li>
 * </ol>
 */
final class Hyphenation {

    /** A word broken at the end of a line: letters, then the hyphen, at the end. */
    private static final Pattern BROKEN = Pattern.compile(".*\\p{L}-");
    private static final Pattern PLAIN_PART = Pattern.compile("\\p{L}\\p{Ll}+");
    private static final Pattern SUSPENDED = Pattern.compile("(?:and|or|to) ");
    private static final Pattern LINE_END_BREAK = Pattern.compile("\\p{L}+-[ \\t]*\\n\\s*\\p{L}+");
    private static final Pattern COMPOUND = Pattern.compile("\\p{L}+(?:-\\p{L}+)+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** Prefixes that take a hyphen before a word, and that no word is broken after. */
    private static final Set<String> PREFIXES = Set.of("anti", "non", "self", "cross", "quasi", "pseudo");
    /** Prefixes that take a hyphen before a word, but are also a word's first syllable ("pre-" + "vent"). */
    private static final Set<String> SYLLABLE_PREFIXES = Set.of("co", "counter", "ex", "semi", "post", "pre", "multi");

    /** The words of the document, and the pairs of words it joins with a hyphen ("anti-money"). */
    private final Set<String> words = new HashSet<>();
    private final Set<String> compounds = new HashSet<>();

    /** @param document the whole text, in which compounds and words are looked up */
    Hyphenation(String document) {
        // The pieces of words broken at line ends are no words of the document.
        String text = LINE_END_BREAK.matcher(document.toLowerCase(Locale.ROOT)).replaceAll(" ");
        for (String word : NON_LETTERS.split(text)) {
            if (word.length() > 1) {
                words.add(word);
            }
        }
        Matcher compound = COMPOUND.matcher(text);
        while (compound.find()) {
            String[] parts = compound.group().split("-");
            for (int i = 1; i < parts.length; i++) {
                compounds.add(parts[i - 1] + "-" + parts[i]);
            }
        }
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
        String nextWord = next.split("[\\s,.;:!?)\\]”’\"]", 2)[0];
        if (!Character.isLowerCase(next.codePointAt(0)) || nextWord.indexOf('-') > 0) {
            return true;
        }
        String before = line.substring(line.lastIndexOf(' ') + 1, line.length() - 1).replaceFirst("^[\"“‘'(\\[]+", "");
        if (!PLAIN_PART.matcher(before).matches()) {
            return true;
        }
        String left = before.toLowerCase(Locale.ROOT);
        String right = nextWord.split("[^\\p{L}]", 2)[0].toLowerCase(Locale.ROOT);
        if (compounds.contains(left + "-" + right)) {
            return true;
        }
        if (words.contains(left + right)) {
            return false;
        }
        if (PREFIXES.contains(left)) {
            return true;
        }
        boolean modifier = words.contains(left) || SYLLABLE_PREFIXES.contains(left) || left.length() > 4 && left.endsWith("ly");
        return modifier && words.contains(right);
    }
}
