package org.dossier.ingest.figures;

import java.util.HashMap;
import java.util.Map;

/** English number vocabulary: cardinals, scales, and the ordinals that name fractions. */
final class NumberWords {

    static final Map<String, Integer> UNITS = new HashMap<>();
    static final Map<String, Integer> TENS = new HashMap<>();
    static final Map<String, Double> SCALES = new HashMap<>();
    /** Scales written after digits only: 10k, 2 mn, 10 bln. */
    static final Map<String, Double> ABBREVIATED_SCALES = new HashMap<>();
    /** Ordinals of units and teens as denominators: fifth = 5, quarter = 4. */
    static final Map<String, Integer> UNIT_ORDINALS = new HashMap<>();
    /** Ordinals of tens and scales as denominators: twentieth = 20, hundredth = 100. */
    static final Map<String, Double> ROUND_ORDINALS = new HashMap<>();

    static {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < units.length; i++) {
            UNITS.put(units[i], i);
        }
        UNITS.put("nought", 0);
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            TENS.put(tens[i], (i + 2) * 10);
        }
        SCALES.put("thousand", 1e3);
        SCALES.put("million", 1e6);
        SCALES.put("billion", 1e9);
        SCALES.put("trillion", 1e12);
        SCALES.put("lakh", 1e5);
        SCALES.put("crore", 1e7);
        for (String s : new String[] {"k", "thousand", "thousands"}) {
            ABBREVIATED_SCALES.put(s, 1e3);
        }
        for (String s : new String[] {"m", "mn", "mln", "mil", "mm", "million", "millions"}) {
            ABBREVIATED_SCALES.put(s, 1e6);
        }
        for (String s : new String[] {"b", "bn", "bln", "billion", "billions"}) {
            ABBREVIATED_SCALES.put(s, 1e9);
        }
        for (String s : new String[] {"t", "tn", "tln", "trillion", "trillions"}) {
            ABBREVIATED_SCALES.put(s, 1e12);
        }
        ABBREVIATED_SCALES.put("lakh", 1e5);
        ABBREVIATED_SCALES.put("crore", 1e7);

        String[] ordinals = {null, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth"};
        for (int i = 3; i < ordinals.length; i++) {
            UNIT_ORDINALS.put(ordinals[i], i);
            UNIT_ORDINALS.put(ordinals[i] + "s", i);
        }
        // "first" and "second" name fractions only inside compounds (one twenty-first).
        UNIT_ORDINALS.put("half", 2);
        UNIT_ORDINALS.put("halves", 2);
        UNIT_ORDINALS.put("quarter", 4);
        UNIT_ORDINALS.put("quarters", 4);
        String[] tensOrdinals = {"twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
                "eightieth", "ninetieth"};
        for (int i = 0; i < tensOrdinals.length; i++) {
            ROUND_ORDINALS.put(tensOrdinals[i], (i + 2) * 10.0);
            ROUND_ORDINALS.put(tensOrdinals[i] + "s", (i + 2) * 10.0);
        }
        String[][] scaleOrdinals = {{"hundredth", "1e2"}, {"thousandth", "1e3"}, {"millionth", "1e6"},
                {"billionth", "1e9"}, {"trillionth", "1e12"}};
        for (String[] s : scaleOrdinals) {
            ROUND_ORDINALS.put(s[0], Double.parseDouble(s[1]));
            ROUND_ORDINALS.put(s[0] + "s", Double.parseDouble(s[1]));
        }
    }

    /** Ordinals that end a compound denominator: twenty-first, one hundred fifth. */
    static int compoundOrdinal(String word) {
        return switch (word) {
            case "first", "firsts" -> 1;
            case "second", "seconds" -> 2;
            default -> UNIT_ORDINALS.getOrDefault(word, -1);
        };
    }

    private NumberWords() {
    }
}
