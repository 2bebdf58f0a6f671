package org.dossier.resolve.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Clusters grown from match links, strongest first (union-find, union by size). A link joins two
 * clusters only if no pair across them must stay apart: a cannot-link (an analyst's "not the
 * same", or a pair the model scores as surely different) stops the chain "A is B, B is C" from
 * joining an A and a C that are known to differ.
 */
public final class Clusters {

    private final int[] parent;
    private final List<List<Integer>> members = new ArrayList<>();

    public Clusters(int records) {
        parent = new int[records];
        for (int i = 0; i < records; i++) {
            parent[i] = i;
            List<Integer> alone = new ArrayList<>(1);
            alone.add(i);
            members.add(alone);
        }
    }

    /** Joins the clusters of two records; always, with no pair to keep apart. */
    public boolean link(int a, int b) {
        return link(a, b, (x, y) -> false);
    }

    /**
     * Joins the clusters of two records unless some pair across them must stay apart.
     *
     * @return whether they are one cluster now
     */
    public boolean link(int a, int b, BiPredicate<Integer, Integer> apart) {
        int x = find(a);
        int y = find(b);
        if (x == y) {
            return true;
        }
        for (int i : members.get(x)) {
            for (int j : members.get(y)) {
                if (apart.test(i, j)) {
                    return false;
                }
            }
        }
        if (members.get(x).size() < members.get(y).size()) {
            int swap = x;
            x = y;
            y = swap;
        }
        parent[y] = x;
        members.get(x).addAll(members.get(y));
        members.set(y, List.of());
        return true;
    }

    /** The cluster of a record, named by one of its records. */
    public int find(int record) {
        int r = record;
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }

    /** Every record's cluster. */
    public int[] labels() {
        int[] labels = new int[parent.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = find(i);
        }
        return labels;
    }
}
