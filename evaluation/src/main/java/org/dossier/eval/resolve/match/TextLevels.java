package org.dossier.eval.resolve.match;

import java.util.List;
import java.util.Locale;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import org.dossier.resolve.normalize.NameNormalizer;
import org.dossier.resolve.record.Record;
import org.dossier.eval.resolve.match.Comparison;

/**
 * A text field (a first name, a place): the same once folded, close by Jaro-Winkler, or
 * different. With {@code byFrequency}, agreeing on a rare value counts for more than on a common one.
 */
public record TextLevels(String field, double close, double near, boolean byFrequency) implements Comparison {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /** The usual thresholds: 0.92 for a typo, 0.8 for a variant. */
    public TextLevels(String field) {
        this(field, 0.92, 0.8, false);
    }

    /** The usual thresholds, agreement weighed by the value's frequency. */
    public static TextLevels byFrequency(String field) {
        return new TextLevels(field, 0.92, 0.8, true);
    }

    @Override
    public String key(Record record) {
        return byFrequency ? folded(record, field) : null;
    }

    @Override
    public String name() {
        return field;
    }

    @Override
    public List<String> levels() {
        return List.of("same", String.format(Locale.ROOT, "Jaro-Winkler >= %.2f", close),
                String.format(Locale.ROOT, "Jaro-Winkler >= %.2f", near), "different");
    }

    @Override
    public int level(Record a, Record b) {
        String x = folded(a, field);
        String y = folded(b, field);
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 0;
        }
        double similarity = JARO_WINKLER.apply(x, y);
        return similarity >= close ? 1 : similarity >= near ? 2 : 3;
    }

    /** A record's value of a field, folded, or null when it has none. */
    static String folded(Record record, String field) {
        String value = record.value(field);
        return value == null ? null : fold(value);
    }

    static String fold(String value) {
        return String.join(" ", NameNormalizer.words(value));
    }
}
