package org.dossier.ingest.figures;

import java.util.List;
import java.util.Map;

/** The words around a figure that qualify it: "over" 100,000, "up to" $50 billion, $3 trillion "annually". */
final class Qualifiers {

    /** Phrases before a figure, longest first, and the qualifier each means. */
    private static final List<Map.Entry<String, String>> BEFORE = List.of(
            Map.entry("in excess of", "more-than"), Map.entry("as many as", "up-to"), Map.entry("as much as", "up-to"),
            Map.entry("more than", "more-than"), Map.entry("greater than", "more-than"),
            Map.entry("less than", "less-than"), Map.entry("fewer than", "less-than"), Map.entry("up to", "up-to"),
            Map.entry("at least", "at-least"), Map.entry("at most", "up-to"), Map.entry("an estimated", "estimated"),
            Map.entry("over", "more-than"), Map.entry("above", "more-than"), Map.entry("exceeding", "more-than"),
            Map.entry("under", "less-than"), Map.entry("below", "less-than"), Map.entry("about", "about"),
            Map.entry("around", "about"), Map.entry("approximately", "about"), Map.entry("roughly", "about"),
            Map.entry("some", "about"), Map.entry("nearly", "nearly"), Map.entry("almost", "nearly"),
            Map.entry("estimated", "estimated"));

    /** Phrases after a figure that make it a rate, and the period each names. */
    private static final List<Map.Entry<String, String>> PERIODS = List.of(
            Map.entry("per annum", "year"), Map.entry("a year", "year"), Map.entry("per year", "year"),
            Map.entry("each year", "year"), Map.entry("every year", "year"), Map.entry("annually", "year"),
            Map.entry("yearly", "year"), Map.entry("a month", "month"), Map.entry("per month", "month"),
            Map.entry("each month", "month"), Map.entry("monthly", "month"), Map.entry("a week", "week"),
            Map.entry("per week", "week"), Map.entry("weekly", "week"), Map.entry("a day", "day"),
            Map.entry("per day", "day"), Map.entry("daily", "day"), Map.entry("an hour", "hour"),
            Map.entry("per hour", "hour"));

    private Qualifiers() {
    }

    /** The qualifier that ends just before token {@code first}, or null. */
    static String before(List<Token> tokens, int first) {
        for (Map.Entry<String, String> phrase : BEFORE) {
            String[] words = phrase.getKey().split(" ");
            int from = first - words.length;
            if (from >= 0 && matches(tokens, from, words)) {
                return phrase.getValue();
            }
        }
        return null;
    }

    /** The period named right after token {@code last}: its name and last token, or null. */
    static Map.Entry<String, Integer> periodAfter(List<Token> tokens, int last) {
        for (Map.Entry<String, String> phrase : PERIODS) {
            String[] words = phrase.getKey().split(" ");
            if (matches(tokens, last + 1, words)) {
                return Map.entry(phrase.getValue(), last + words.length);
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int from, String[] words) {
        if (from + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(from + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
