package org.dossier.eval.resolve.match;

import java.util.List;

import org.apache.commons.text.similarity.LevenshteinDistance;

import org.dossier.resolve.record.Record;
import org.dossier.eval.resolve.match.Comparison;

/**
 * A date or a number written with digits (1856-06-18, 19560618, an id): the same, one or two
 * digits mistyped, the same first four (a date's year), or different.
 */
public record DigitLevels(String field) implements Comparison {

    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    @Override
    public String name() {
        return field;
    }

    @Override
    public List<String> levels() {
        return List.of("same", "a digit apart", "two digits apart", "same first four digits", "different");
    }

    @Override
    public int level(Record a, Record b) {
        String x = digits(a.value(field));
        String y = digits(b.value(field));
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 0;
        }
        int edits = LEVENSHTEIN.apply(x, y);
        if (edits == 1) {
            return 1;
        }
        if (edits == 2) {
            return 2;
        }
        return x.length() >= 4 && y.length() >= 4 && x.substring(0, 4).equals(y.substring(0, 4)) ? 3 : 4;
    }

    private static String digits(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }
}
