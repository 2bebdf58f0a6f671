package org.dossier.ingest.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers written in digits or in English words: {@code 1,234.5}, {@code 12,34,567},
 * {@code 10k}, {@code 2.5 million}, {@code -4/5}, {@code one hundred and sixty-one},
 * {@code three quarters}, {@code one and a half}, {@code two hundred point zero three},
 * {@code one over three}, {@code a dozen}, {@code three lakh crore}.
 */
final class NumberRecognizer {

    private static final Pattern ALNUM = Pattern.compile("([\\d,]*\\d(?:\\.\\d+)?)(\\p{L}+)");
    private static final Set<String> SAFE_SUFFIXES = Set.of("k", "mil", "mm", "mn", "mln", "bn", "bln", "tn", "tln");
    /** Units of time: a number "over" so many of them is a span, not a denominator. */
    private static final Set<String> TIME_UNITS = Set.of("year", "years", "month", "months", "week", "weeks", "day",
            "days", "hour", "hours", "minute", "minutes", "decade", "decades", "quarter", "quarters");
    private static final Set<String> DOZENS = Set.of("dozen", "dozens", "dz", "dzs", "doz", "dozs");
    /** Words after which a lone "one" is a pronoun: "the one you mentioned". */
    private static final Set<String> PRONOUN_CONTEXT = Set.of("the", "which", "this", "that", "each", "every",
            "any", "no", "another", "last", "next", "little", "only", "such");

    private static final Map<String, Double> VULGAR_FRACTIONS = Map.ofEntries(
            Map.entry("½", 1 / 2.0), Map.entry("⅓", 1 / 3.0), Map.entry("⅔", 2 / 3.0),
            Map.entry("¼", 1 / 4.0), Map.entry("¾", 3 / 4.0), Map.entry("⅕", 1 / 5.0),
            Map.entry("⅖", 2 / 5.0), Map.entry("⅗", 3 / 5.0), Map.entry("⅘", 4 / 5.0),
            Map.entry("⅙", 1 / 6.0), Map.entry("⅚", 5 / 6.0), Map.entry("⅛", 1 / 8.0),
            Map.entry("⅜", 3 / 8.0), Map.entry("⅝", 5 / 8.0), Map.entry("⅞", 7 / 8.0));

    private NumberRecognizer() {
    }

    /** Every number in the tokens, left to right, none overlapping. */
    static List<NumberMatch> find(List<Token> tokens) {
        List<NumberMatch> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Optional<NumberMatch> match = at(tokens, i, false).filter(m -> m.suffix() == null);
            if (match.isPresent()) {
                found.add(match.get());
                i = match.get().last() + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * The number that starts at token {@code i}, if any. With {@code money}, single letters after
     * digits read as scales ($5m, £3 bn) and unknown suffixes are kept for the caller.
     */
    static Optional<NumberMatch> at(List<Token> tokens, int i, boolean money) {
        String word = tokens.get(i).lower();
        boolean negative = false;
        int start = i;
        if ((word.equals("negative") || word.equals("minus")) && attached(tokens, i + 1)) {
            negative = true;
            start = i + 1;
        } else if (word.equals("-") && tight(tokens, i + 1) && tokens.get(i + 1).isDigits()
                && (i == 0 || tokens.get(i).spaceBefore() || !Character.isLetterOrDigit(lastChar(tokens.get(i - 1))))) {
            negative = true;
            start = i + 1;
        }
        Double vulgar = VULGAR_FRACTIONS.get(tokens.get(start).text());
        Optional<NumberMatch> base = vulgar != null ? Optional.of(new NumberMatch(start, start, vulgar, null))
                : tokens.get(start).isDigits() ? digits(tokens, start, money)
                : words(tokens, start);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        // Money is never divided: "$2000 over 3 years" is $2000.
        boolean afterCurrency = start > 0 && Currencies.isPrefix(tokens.get(start - 1));
        NumberMatch number = money || afterCurrency ? base.get() : ratio(tokens, base.get());
        if (negative) {
            number = new NumberMatch(i, number.last(), -number.value(), number.suffix());
        }
        return Optional.of(number);
    }

    // "one over three", "1 out of 3"; but "20 over 3 years" is a span of time, not a ratio.
    private static NumberMatch ratio(List<Token> tokens, NumberMatch numerator) {
        int next = numerator.last() + 1;
        int denominatorAt = -1;
        if (is(tokens, next, "over") && attached(tokens, next)) {
            denominatorAt = next + 1;
        } else if (is(tokens, next, "out") && is(tokens, next + 1, "of") && attached(tokens, next)
                && attached(tokens, next + 1)) {
            denominatorAt = next + 2;
        }
        if (denominatorAt < 0 || !attached(tokens, denominatorAt)) {
            return numerator;
        }
        Optional<NumberMatch> denominator = tokens.get(denominatorAt).isDigits()
                ? digits(tokens, denominatorAt, false) : words(tokens, denominatorAt);
        return denominator.filter(d -> d.value() != 0 && d.suffix() == null
                        && !(d.last() + 1 < tokens.size() && TIME_UNITS.contains(tokens.get(d.last() + 1).lower())))
                .map(d -> numerator.extendedTo(d.last(), numerator.value() / d.value()))
                .orElse(numerator);
    }

    /** Digits that do not read as one number ("1.2.3", a version or an address) are no number. */
    private static Optional<NumberMatch> digits(List<Token> tokens, int i, boolean money) {
        try {
            return readDigits(tokens, i, money);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<NumberMatch> readDigits(List<Token> tokens, int i, boolean money) {
        String text = tokens.get(i).text();
        String suffix = null;
        double value;
        Matcher alnum = ALNUM.matcher(text);
        if (alnum.matches() && !text.matches("\\d+(?:\\.\\d+)?[eE][+-]?\\d+")) {
            String letters = alnum.group(2).toLowerCase(java.util.Locale.ROOT);
            value = parse(alnum.group(1));
            Double scale = SAFE_SUFFIXES.contains(letters) || money ? NumberWords.ABBREVIATED_SCALES.get(letters) : null;
            if (scale != null) {
                value *= scale;
            } else if (money) {
                suffix = letters;
            } else {
                return Optional.empty();
            }
            return Optional.of(new NumberMatch(i, i, value, suffix));
        }
        value = parse(text);
        int last = i;
        // 1.1^+23, 2.5^-1
        if (is(tokens, last + 1, "^") && !tokens.get(last + 1).spaceBefore()) {
            int at = last + 2;
            double sign = 1;
            if (is(tokens, at, "+") || is(tokens, at, "-")) {
                sign = is(tokens, at, "-") ? -1 : 1;
                at++;
            }
            if (tight(tokens, at) && tokens.get(at).isDigits()) {
                value = Math.pow(value, sign * parse(tokens.get(at).text()));
                last = at;
            }
        }
        // 4/5 and 1 4/5
        if (is(tokens, last + 1, "/") && tight(tokens, last + 1) && tight(tokens, last + 2)
                && tokens.get(last + 2).isDigits() && !is(tokens, last + 3, "/")) {
            double denominator = parse(tokens.get(last + 2).text());
            if (denominator != 0) {
                value /= denominator;
                last += 2;
            }
        } else if (tight(tokens, last + 1) && tight(tokens, last + 2) && tight(tokens, last + 3)
                && tokens.get(last + 1).isDigits() && is(tokens, last + 2, "/")
                && tokens.get(last + 3).isDigits() && value == Math.rint(value)) {
            double numerator = parse(tokens.get(last + 1).text());
            double denominator = parse(tokens.get(last + 3).text());
            if (denominator != 0 && numerator < denominator) {
                value += numerator / denominator;
                last += 3;
            }
        }
        // 2 million, 10 k, 1,674.5 million, 3 dozens: a scale may follow a wrapped line, not a cell boundary.
        while (attached(tokens, last + 1)) {
            String next = tokens.get(last + 1).lower();
            Double scale = NumberWords.ABBREVIATED_SCALES.get(next);
            if (scale != null && (next.length() > 1 || money || next.equals("k"))) {
                value *= scale;
                last++;
            } else if (DOZENS.contains(next)) {
                value *= 12;
                last++;
            } else if (next.equals("hundred") && value < 100) {
                value *= 100;
                last++;
            } else {
                break;
            }
        }
        // 4 thousand 3 hundred, 3 hundred and 21: a smaller number after a scale word adds to it.
        // Digits join only through "and" or with their own scale word, so "$25 million 2006" (an
        // amount and a year in the next column) stays two numbers.
        if (last > i && value == Math.rint(value)) {
            double scale = scaleOf(tokens.get(last).lower());
            boolean and = is(tokens, last + 1, "and") && attached(tokens, last + 1);
            int at = and ? last + 2 : last + 1;
            if (scale > 1 && (and ? attached(tokens, at) : tight(tokens, at)) && !is(tokens, at, "a")
                    && !tokens.get(at).isBareYear()) {
                boolean inDigits = tokens.get(at).isDigits();
                Optional<NumberMatch> rest = inDigits ? digits(tokens, at, false) : words(tokens, at);
                if (rest.isPresent() && rest.get().suffix() == null && rest.get().value() > 0
                        && rest.get().value() < scale && (!inDigits || and || rest.get().last() > at)) {
                    value += rest.get().value();
                    last = rest.get().last();
                }
            }
        }
        return Optional.of(new NumberMatch(i, last, value, suffix));
    }

    private static Optional<NumberMatch> words(List<Token> tokens, int i) {
        WordNumber parsed = WordNumber.parse(tokens, i);
        if (parsed == null) {
            return Optional.empty();
        }
        // A lone "one" after "the", "which" ... is a pronoun.
        if (parsed.last() == i && tokens.get(i).lower().equals("one") && i > 0
                && PRONOUN_CONTEXT.contains(tokens.get(i - 1).lower())) {
            return Optional.empty();
        }
        return Optional.of(new NumberMatch(i, parsed.last(), parsed.value(), null));
    }

    private static double scaleOf(String word) {
        return word.equals("hundred") ? 100 : NumberWords.SCALES.getOrDefault(word, 0.0);
    }

    static double parse(String digits) {
        return Double.parseDouble(digits.replace(",", "").replace(" ", ""));
    }

    /** Whether token {@code k} exists and is joined to the one before by no more than a space: numbers side by side. */
    static boolean tight(List<Token> tokens, int k) {
        return k >= 0 && k < tokens.size() && !tokens.get(k).breakBefore();
    }

    /**
     * Whether token {@code k} exists and no tab lies before it: a scale, unit or connecting word,
     * or the number after a connecting word, may follow a wrapped line.
     */
    static boolean attached(List<Token> tokens, int k) {
        return k >= 0 && k < tokens.size() && !tokens.get(k).cellBefore();
    }

    static boolean is(List<Token> tokens, int i, String lowerText) {
        return i >= 0 && i < tokens.size() && tokens.get(i).lower().equals(lowerText);
    }

    private static char lastChar(Token token) {
        return token.text().charAt(token.text().length() - 1);
    }
}
