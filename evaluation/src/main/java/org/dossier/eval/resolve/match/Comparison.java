package org.dossier.eval.resolve.match;

import java.util.List;

import org.dossier.resolve.record.Record;

/**
 * How two records compare on one aspect, as one of a few levels from most alike to least
 * ("same date", "one digit apart", "same year", "different"). The match model learns how often
 * each level occurs among matches and among non-matches.
 */
public interface Comparison {

    /** Level of a pair that cannot be compared (a value is missing): it counts for nothing. */
    int MISSING = -1;

    String name();

    /** The levels' names, most alike first; the last is "different". */
    List<String> levels();

    /** The pair's level, an index into {@link #levels()}, or {@link #MISSING}. */
    int level(Record a, Record b);

    /**
     * A record's value as compared, for comparisons whose agreement weighs by how rare the value
     * is (see {@link TermFrequencies}); null for the others.
     */
    default String key(Record record) {
        return null;
    }
}
