package org.dossier.resolve.group;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.config.domain.NameKey;

/**
 * The corpus's evidence that a one-word name is a common word: the sentences around its mentions
 * write it in lower case again and again ("the rule", "science", "the earth"), as they never write
 * a surname or a company's name. Acronyms and generic heads are judged elsewhere.
 */
final class CommonWords {

    /** How many sentences must write the word in lower case. */
    static final int TIMES = 3;
    /** A word in lower case standing between spaces or punctuation, not part of an address ("scientology.org"). */
    private static final Pattern LOWER_WORD = Pattern.compile(
            "(?<=^|[\\s(\"“‘'])\\p{Ll}+(?=$|[\\s,;:!?)\"”’']|\\.(?![\\p{L}\\p{N}]))");

    private CommonWords() {
    }

    static void countLowerCase(String sentence, Map<String, Integer> counts) {
        Matcher word = LOWER_WORD.matcher(sentence);
        while (word.find()) {
            counts.merge(word.group(), 1, Integer::sum);
        }
    }

    /** Whether a name's key ({@code PERSON:rule}) is one word the corpus writes in lower case {@value #TIMES} times or more. */
    static boolean isCommonWord(String key, Map<String, Integer> lowerCase) {
        String words = NameKey.text(key);
        return words.indexOf(' ') < 0 && words.length() > 2 && lowerCase.getOrDefault(words, 0) >= TIMES;
    }
}
