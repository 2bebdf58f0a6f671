package org.dossier.resolve.score;

import java.util.BitSet;
import java.util.List;

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

        @Override
        public BitSet recallShared(long[] pairs, List<Integer> forReview, int[] shared) {
            return new BitSet();
        }

        @Override
        public void keepShared(long[] pairs, List<Integer> forReview, int[] shared) {
        }
    };

    /**
     * Fills in the name score and the context levels of each pair that is known and unchanged.
     * Parts of a run's pairs may be recalled side by side.
     *
     * @param pairs the pairs to score, sorted, as indices into the names resolved
     * @return the positions of the pairs filled in
     */
    BitSet recall(long[] pairs, double[] names, byte[] levels);

    /** Keeps every pair's name score and context levels for the next run. */
    void keep(long[] pairs, double[] names, byte[] levels);

    /**
     * Fills in how many co-mentioned names the two names of each pair for review share, for the
     * pairs the last run had for review too, their names unchanged (what they share changes only
     * with their own documents). Asked after {@link #recall}.
     *
     * @param forReview the pairs for review, as positions in {@code pairs}
     * @param shared where each one's count goes, side by side with {@code forReview}
     * @return the positions in {@code forReview} filled in
     */
    BitSet recallShared(long[] pairs, List<Integer> forReview, int[] shared);

    /** Keeps the pairs for review's shared co-mentioned names for the next run, after {@link #keep}. */
    void keepShared(long[] pairs, List<Integer> forReview, int[] shared);
}
