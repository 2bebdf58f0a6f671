package org.dossier.resolve.group;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * Pairs of numbers, {@code (a, b)} as one long, gathered with repeats and sorted and de-duplicated
 * from time to time, so that the relation a corpus builds (which names share a document, which
 * documents a name is in) costs eight bytes a distinct pair, not a hash set's node.
 */
final class PairList {

    private long[] pairs = new long[1 << 16];
    private int size;
    private int distinct;

    void add(int a, int b) {
        if (size == pairs.length) {
            compact();
            if (size > pairs.length / 2) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
        }
        pairs[size++] = (long) a << 32 | (b & 0xFFFFFFFFL);
    }

    /**
     * The pairs, sorted and distinct, as one sorted {@code int[]} of second numbers per first
     * number ({@code firsts} of them; an empty array where a number has none).
     */
    int[][] byFirst(int firsts) {
        compact();
        int[][] byFirst = new int[firsts][];
        int at = 0;
        for (int a = 0; a < firsts; a++) {
            int from = at;
            while (at < size && (int) (pairs[at] >>> 32) == a) {
                at++;
            }
            int[] seconds = new int[at - from];
            for (int k = from; k < at; k++) {
                seconds[k - from] = (int) pairs[k];
            }
            byFirst[a] = seconds;
        }
        return byFirst;
    }

    /** Empties the list, and lets its memory go. */
    void clear() {
        pairs = new long[1 << 4];
        size = 0;
        distinct = 0;
    }

    void writeTo(DataOutputStream out) throws IOException {
        compact();
        out.writeInt(size);
        for (int k = 0; k < size; k++) {
            out.writeLong(pairs[k]);
        }
    }

    /** Replaces the pairs with those {@link #writeTo} wrote. */
    void readFrom(DataInputStream in) throws IOException {
        size = in.readInt();
        pairs = new long[Math.max(1 << 4, Integer.highestOneBit(Math.max(1, size)) << 1)];
        for (int k = 0; k < size; k++) {
            pairs[k] = in.readLong();
        }
        distinct = size;
    }

    /** Sorts the pairs and drops repeats; then reading them ({@link #writeTo}, {@link #byFirst}) changes nothing. */
    void compact() {
        if (size == distinct) {
            return;
        }
        Arrays.sort(pairs, 0, size);
        int kept = 0;
        for (int k = 0; k < size; k++) {
            if (kept == 0 || pairs[k] != pairs[kept - 1]) {
                pairs[kept++] = pairs[k];
            }
        }
        size = kept;
        distinct = kept;
    }
}
