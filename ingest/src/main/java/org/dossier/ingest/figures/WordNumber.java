package org.dossier.ingest.figures;

import static org.dossier.ingest.figures.NumberRecognizer.attached;
import static org.dossier.ingest.figures.NumberRecognizer.is;
import static org.dossier.ingest.figures.NumberRecognizer.tight;

import java.util.List;
import java.util.Set;

/**
 * A number in English words, read left to right as far as the words still make one number:
 * "twenty-one trillion", "three hundred and two dozens", "one and a half", "three twenty firsts".
 *
 * @param value its value
 * @param last index of its last token
 */
record WordNumber(double value, int last) {

    private enum Kind { NONE, UNIT, TEEN, TENS, HUNDRED, SCALE, AND }

    private static final Set<String> DOZENS = Set.of("dozen", "dozens", "dz", "dzs", "doz", "dozs");

    /** The number in words starting at token {@code i}, or null. */
    static WordNumber parse(List<Token> tokens, int i) {
        Cardinal cardinal = cardinal(tokens, i);
        double value;
        int last;
        boolean fraction = false;
        if (cardinal == null) {
            String word = tokens.get(i).lower();
            if (!word.equals("half") && !word.equals("quarter")) {
                return null;
            }
            value = 1.0 / NumberWords.UNIT_ORDINALS.get(word);
            last = i;
            fraction = true;
        } else {
            value = cardinal.value();
            last = cardinal.last();
            Decimals decimals = is(tokens, last + 1, "point") && attached(tokens, last + 1) && attached(tokens, last + 2)
                    ? decimals(tokens, last + 2) : null;
            boolean hyphen = is(tokens, last + 1, "-") && tight(tokens, last + 1);
            int denominatorAt = hyphen ? last + 2 : last + 1;   // one-eighth
            Denominator denominator = decimals == null && (hyphen ? tight(tokens, denominatorAt)
                    : attached(tokens, denominatorAt)) ? denominator(tokens, denominatorAt) : null;
            if (decimals != null) {
                value += Double.parseDouble("0." + decimals.digits());
                last = decimals.last();
            } else if (denominator != null) {
                last = denominator.last();
                Double after = attached(tokens, last + 1) ? NumberWords.SCALES.get(tokens.get(last + 1).lower()) : null;
                if (cardinal.andAt() >= 0) {
                    // "one hundred and three quarters", "six million and two thirds", "one billion and a quarter million":
                    // the fraction is the part after the last "and", of the scale around it.
                    double part = (cardinal.value() - cardinal.beforeAnd()) / denominator.value();
                    value = after != null && cardinal.scaleBeforeAnd() == 1
                            ? (cardinal.beforeAnd() + part) * after           // five and a half million
                            : cardinal.beforeAnd() + part * (after != null ? after : cardinal.scaleBeforeAnd());
                    last += after != null ? 1 : 0;
                    return new WordNumber(value, last);
                }
                value = cardinal.value() / denominator.value();
                fraction = true;
            } else if (cardinal.smallAndAt() >= 0) {
                // "two and three" is two numbers; "and" joins small words only before a fraction.
                return new WordNumber(cardinal.beforeSmallAnd(), cardinal.smallAndAt() - 1);
            }
        }
        if (fraction && attached(tokens, last + 1)) {
            Double scale = NumberWords.SCALES.get(tokens.get(last + 1).lower());
            if (scale != null) {
                value *= scale;
                last++;
            }
        }
        return new WordNumber(value, last);
    }

    /**
     * @param beforeAnd value before the last "and" ({@code andAt}), and the scale word just before it
     * @param smallAndAt the first "and" after a unit or tens word, and the value before it
     */
    private record Cardinal(double value, int last, double beforeAnd, int andAt, double scaleBeforeAnd,
                            double beforeSmallAnd, int smallAndAt) {
    }

    private static Cardinal cardinal(List<Token> tokens, int i) {
        double total = 0;
        double current = 0;
        double beforeAnd = 0;
        int andAt = -1;
        double lastScale = 1;
        double scaleBeforeAnd = 1;
        double beforeSmallAnd = 0;
        int smallAndAt = -1;
        int last = -1;
        Kind previous = Kind.NONE;
        for (int j = i; j < tokens.size(); j++) {
            String word = tokens.get(j).lower();
            // Across a line break or a run of spaces only a scale or connecting word, or the word
            // after a connecting one, carries on a number: "two hundred\nthree" is two numbers,
            // "two hundred\nthousand" and "one and\na half" are one, wrapped.
            boolean carried = word.equals("hundred") || word.equals("hundreds") || NumberWords.SCALES.containsKey(word)
                    || DOZENS.contains(word) || word.equals("and") || word.equals("-")
                    || j > i && (is(tokens, j - 1, "and") || is(tokens, j - 1, "-"));
            if (j > i && (carried ? !attached(tokens, j) : !tight(tokens, j))) {
                break;
            }
            Integer unit = NumberWords.UNITS.get(word);
            Integer tens = NumberWords.TENS.get(word);
            Double scale = NumberWords.SCALES.get(word);
            if (word.equals("a") && (previous == Kind.NONE || previous == Kind.AND)) {
                String next = j + 1 < tokens.size() ? tokens.get(j + 1).lower() : "";
                if (!next.equals("hundred") && !NumberWords.SCALES.containsKey(next) && !DOZENS.contains(next)
                        && !isDenominator(next)) {
                    break;
                }
                current += 1;
                previous = Kind.UNIT;
            } else if (word.equals("-") && previous == Kind.TENS && j + 1 < tokens.size()
                    && NumberWords.UNITS.getOrDefault(tokens.get(j + 1).lower(), 0) > 0
                    && NumberWords.UNITS.get(tokens.get(j + 1).lower()) < 10) {
                continue;
            } else if (unit != null) {
                if (previous == Kind.UNIT || previous == Kind.TEEN
                        || previous == Kind.TENS && (unit == 0 || unit >= 10)) {
                    break;
                }
                current += unit;
                previous = unit >= 10 ? Kind.TEEN : Kind.UNIT;
            } else if (tens != null) {
                if (previous == Kind.UNIT || previous == Kind.TEEN || previous == Kind.TENS) {
                    break;
                }
                current += tens;
                previous = Kind.TENS;
            } else if (word.equals("hundred") || word.equals("hundreds") && previous == Kind.UNIT) {
                if (previous == Kind.HUNDRED || current >= 100) {
                    break;
                }
                current = (current == 0 ? 1 : current) * 100;
                previous = Kind.HUNDRED;
            } else if (scale != null && previous != Kind.NONE && previous != Kind.AND) {
                if (previous == Kind.SCALE && current == 0) {
                    total *= scale;                     // three lakh crore
                } else {
                    total += current * scale;
                    current = 0;
                }
                lastScale = scale;
                previous = Kind.SCALE;
            } else if (DOZENS.contains(word) && previous != Kind.NONE && previous != Kind.AND) {
                double all = total + current;
                double base = andAt >= 0 ? beforeAnd : 0;
                total = 0;
                current = base + (all - base) * 12;  // three hundred and two dozens = 300 + 24
                andAt = -1;
                previous = Kind.SCALE;
            } else if (word.equals("and") && previous != Kind.NONE && previous != Kind.AND
                    && startsNumber(tokens, j + 1)) {
                beforeAnd = total + current;
                andAt = j;
                scaleBeforeAnd = previous == Kind.SCALE ? lastScale : 1;
                if (smallAndAt < 0 && (previous == Kind.UNIT || previous == Kind.TEEN || previous == Kind.TENS)) {
                    smallAndAt = j;
                    beforeSmallAnd = total + current;
                }
                previous = Kind.AND;
                continue;
            } else {
                break;
            }
            last = j;
        }
        if (last < 0) {
            return null;
        }
        if (andAt > last) {
            andAt = -1;
        }
        if (smallAndAt > last) {
            smallAndAt = -1;
        }
        return new Cardinal(total + current, last, beforeAnd, andAt, scaleBeforeAnd, beforeSmallAnd, smallAndAt);
    }

    private static boolean startsNumber(List<Token> tokens, int j) {
        if (j >= tokens.size()) {
            return false;
        }
        String word = tokens.get(j).lower();
        return NumberWords.UNITS.containsKey(word) || NumberWords.TENS.containsKey(word)
                || word.equals("a") || word.equals("hundred");
    }

    private static boolean isDenominator(String word) {
        return NumberWords.UNIT_ORDINALS.containsKey(word) || NumberWords.ROUND_ORDINALS.containsKey(word);
    }

    private record Denominator(double value, int last) {
    }

    /** fifths, a quarter, hundredths, twenty-fifth, twenty firsts, one hundred (and) fifth. */
    private static Denominator denominator(List<Token> tokens, int j) {
        if (j >= tokens.size()) {
            return null;
        }
        String word = tokens.get(j).lower();
        if (NumberWords.UNIT_ORDINALS.containsKey(word)) {
            return new Denominator(NumberWords.UNIT_ORDINALS.get(word), j);
        }
        if (NumberWords.ROUND_ORDINALS.containsKey(word)) {
            return new Denominator(NumberWords.ROUND_ORDINALS.get(word), j);
        }
        if (NumberWords.TENS.containsKey(word)) {
            int k = is(tokens, j + 1, "-") ? j + 2 : j + 1;
            int ordinal = k < tokens.size() ? NumberWords.compoundOrdinal(tokens.get(k).lower()) : -1;
            return ordinal >= 1 && ordinal <= 9 ? new Denominator(NumberWords.TENS.get(word) + ordinal, k) : null;
        }
        if (NumberWords.UNITS.containsKey(word) || word.equals("hundred")) {
            Cardinal prefix = cardinal(tokens, j);
            if (prefix == null || prefix.value() < 100) {
                return null;
            }
            int k = is(tokens, prefix.last() + 1, "and") ? prefix.last() + 2 : prefix.last() + 1;
            int ordinal = k < tokens.size() ? NumberWords.compoundOrdinal(tokens.get(k).lower()) : -1;
            return ordinal >= 1 ? new Denominator(prefix.value() + ordinal, k) : null;
        }
        return null;
    }

    private record Decimals(String digits, int last) {
    }

    /** The words after "point", digit by digit: "zero three" is 03, "seventy-one" is 71. */
    private static Decimals decimals(List<Token> tokens, int j) {
        StringBuilder digits = new StringBuilder();
        int last = -1;
        for (int k = j; k < tokens.size(); k++) {
            if (k > j && !tight(tokens, k)) {
                break;
            }
            String word = tokens.get(k).lower();
            Integer unit = NumberWords.UNITS.get(word);
            Integer tens = NumberWords.TENS.get(word);
            if (unit != null) {
                digits.append(unit);
            } else if (tens != null) {
                int next = is(tokens, k + 1, "-") ? k + 2 : k + 1;
                Integer ones = next < tokens.size() ? NumberWords.UNITS.get(tokens.get(next).lower()) : null;
                if (ones != null && ones > 0 && ones < 10) {
                    digits.append(tens + ones);
                    k = next;
                } else {
                    digits.append(tens / 10);
                }
            } else {
                break;
            }
            last = k;
        }
        return last < 0 ? null : new Decimals(digits.toString(), last);
    }
}
