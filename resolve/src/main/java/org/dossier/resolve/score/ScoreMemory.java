package org.dossier.resolve.score;

import java.util.BitSet;

/**
 * The scores of pairs scored before, kept from one run to the next: a pair of names that have
 * not changed since scores the same on its names and is at the same levels of context, so a run
 * scores only the pairs with a name its new documents mention.
 */
public interface ScoreMemory {

    /** Remembers nothing: every pair is scored. */
    ScoreMemory NONE = new ScoreMemory() {
        @Override
        public BitSet recall(long[] pairs, double[] names, byte[] levels) {
            return new BitSet();
        }

        @Override
        public void keep(long[] pairs, double[] names, byte[] levels) {
        }
    };

    /**
     * Fills in the name score and the context levels of each pair that is known and unchanged.
     *
     * @param pairs the pairs to score, sorted, as indices into the names resolved
     * @return the positions of the pairs filled in
     */
    BitSet recall(long[] pairs, double[] names, byte[] levels);

    /** Keeps every pair's name score and context levels for the next run. */
    void keep(long[] pairs, double[] names, byte[] levels);
}
