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
     * at token {@code first}. A capitalised noun in running text is a name ("36 Quai des
     * Orfèvres"), which counts nothing; a table cell boundary ends the search.
     */
    static String after(List<Token> tokens, int first, int from) {
        for (int k = from; k < tokens.size() && k < from + REACH && !tokens.get(k).cellBefore(); k++) {
            String word = tokens.get(k).lower();
            if (!Character.isLetter(word.charAt(0)) || STOP.contains(word)
                    || NumberWords.UNITS.containsKey(word) || NumberWords.TENS.containsKey(word)) {
                return null;   // another number owns what follows
            }
            if (IRREGULAR.contains(word) || isPlural(word)) {
                boolean name = Capitals.isCapitalised(tokens.get(k)) && Capitals.inRunningText(tokens, first);
                return name ? null : word;
            }
        }
        return null;
    }

    private static boolean isPlural(String word) {
        return word.length() > 3 && word.endsWith("s")
                && NOT_PLURAL_ENDINGS.stream().noneMatch(word::endsWith);
    }
}
