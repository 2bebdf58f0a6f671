package org.dossier.eval.resolve.match;

import java.util.List;

import org.dossier.resolve.record.Record;
import org.dossier.eval.resolve.match.Comparison;

/**
 * A code-like field (a gender, a postcode, a house number): the same once folded, or different.
 * With {@code byFrequency}, agreeing on a rare value counts for more than on a common one.
 */
public record ExactLevels(String field, boolean byFrequency) implements Comparison {

    public ExactLevels(String field) {
        this(field, false);
    }

    @Override
    public String key(Record record) {
        return byFrequency ? TextLevels.folded(record, field) : null;
    }

    @Override
    public String name() {
        return field;
    }

    @Override
    public List<String> levels() {
        return List.of("same", "different");
    }

    @Override
    public int level(Record a, Record b) {
        String x = TextLevels.folded(a, field);
        String y = TextLevels.folded(b, field);
        return x == null || y == null ? MISSING : x.equals(y) ? 0 : 1;
    }
}
