package org.dossier.ingest.figures;

import java.util.List;
import java.util.Set;

/**
 * What a number counts: the first plural noun among the few words after it ("100,000
 * individuals trafficked", "thousands of Chinese telecom fraud suspects"). Without part-of-speech
 * tags a plural is a word ending in s (not ss, us or is) or a known irregular plural, and the
 * search stops at punctuation and function words.
 */
final class CountedNoun {

    private static final int REACH = 4;
    private static final Set<String> IRREGULAR = Set.of("people", "men", "women", "children", "police", "staff",
            "personnel", "cattle", "sheep", "fish", "feet", "teeth", "mice", "geese", "data", "media", "crew");
    private static final Set<String> STOP = Set.of("to", "in", "into", "from", "at", "on", "for", "by", "with",
            "who", "that", "which", "and", "or", "were", "was", "are", "is", "have", "has", "had", "will", "would",
            "the", "a", "an", "this", "these", "those", "as", "than", "per", "each", "every", "since", "after",
            "before", "over", "under", "between", "during", "ago", "of", "years", "months", "weeks", "days", "hours",
            "minutes", "seconds", "times", "percent");
    private static final Set<String> NOT_PLURAL_ENDINGS = Set.of("ss", "us", "is", "'s");

    private CountedNoun() {
    }

    /**
     * The counted noun in the words from token {@code from} on, or null, for a figure that starts
     * at token {@code first}. A capitalised word in running text is part of a name ("36 Quai des
     * Orfèvres"), never the counted noun; a tab, or a capitalised word opening a line, ends the search.
     */
    static String after(List<Token> tokens, int first, int from) {
        // A number opening a line before a capitalised word marks a footnote, page or list item.
        if (from < tokens.size() && (first == 0 || tokens.get(first).breakBefore())
                && Capitals.isCapitalised(tokens.get(from))) {
            return null;
        }
        for (int k = from; k < tokens.size() && k < from + REACH && !tokens.get(k).cellBefore(); k++) {
            if (tokens.get(k).breakBefore() && Capitals.isCapitalised(tokens.get(k))) {
                return null;   // a heading, or a new sentence after a wide gap or on the next line
            }
            String word = tokens.get(k).lower();
            if (!Character.isLetter(word.charAt(0)) || STOP.contains(word)
                    || NumberWords.UNITS.containsKey(word) || NumberWords.TENS.containsKey(word)) {
                return null;   // another number owns what follows
            }
            boolean name = Capitals.isCapitalised(tokens.get(k)) && Capitals.inRunningText(tokens, first);
            if (!name && (IRREGULAR.contains(word) || isPlural(word))) {
                return word;   // a plural in a name ("five Armed Forces personnel") is passed over
            }
        }
        return null;
    }

    private static boolean isPlural(String word) {
        return word.length() > 3 && word.endsWith("s")
                && NOT_PLURAL_ENDINGS.stream().noneMatch(word::endsWith);
    }
}
