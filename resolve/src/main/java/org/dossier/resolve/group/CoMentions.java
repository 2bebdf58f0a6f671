package org.dossier.resolve.group;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The names sharing a document with each name, by number, worked out each time they are asked
 * for: keeping them for every name costs, for each document, the square of its names (a billion
 * pairs for tens of millions of mentions), where the documents of each name cost one number a
 * mention. Each thread keeps the last it worked out, because pairs of names are compared in the
 * order of their first name, which asks for that name's company once for each of its pairs.
 */
final class CoMentions {

    private record Last(int number, int[] names) {
    }

    private final int[][] documentsOf;
    private final int[][] namesOf;
    private final ThreadLocal<Last> last = new ThreadLocal<>();
    private final ThreadLocal<Walk> walks;

    /**
     * A thread's marks over the names: those sharing a document with the name {@code first} (as
     * pairs come in the order of their first name, it changes seldom), and those met so far.
     */
    private static final class Walk {

        final Marks ofFirst;
        final Marks seen;
        int first = -1;

        Walk(int names) {
            ofFirst = new Marks(names);
            seen = new Marks(names);
        }
    }

    /**
     * @param documentsOf the documents of each name, by number, sorted
     * @param documents how many documents there are
     */
    CoMentions(int[][] documentsOf, int documents) {
        this.documentsOf = documentsOf;
        this.namesOf = namesOfDocuments(documentsOf, documents);
        int names = documentsOf.length;
        this.walks = ThreadLocal.withInitial(() -> new Walk(names));
    }

    /** Whether the name {@code number} shares a document with another. */
    boolean hasCompany(int number) {
        for (int document : documentsOf[number]) {
            if (namesOf[document].length > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many names share a document with both {@code first} and {@code second}, counting no
     * further than {@code atMost}: the second's company is walked, not gathered and sorted, and
     * the walk stops once {@code atMost} are found.
     */
    int shared(int first, int second, int atMost) {
        Walk walk = walks.get();
        if (walk.first != first) {
            walk.ofFirst.clear();
            for (int document : documentsOf[first]) {
                for (int other : namesOf[document]) {
                    walk.ofFirst.add(other);
                }
            }
            // The name is no company of its own.
            walk.ofFirst.remove(first);
            walk.first = first;
        }
        walk.seen.clear();
        int shared = 0;
        for (int document : documentsOf[second]) {
            for (int other : namesOf[document]) {
                if (other != second && walk.seen.add(other) && walk.ofFirst.contains(other) && ++shared >= atMost) {
                    return shared;
                }
            }
        }
        return shared;
    }

    /** The names sharing a document with the name {@code number}, sorted; not to be changed. */
    int[] of(int number) {
        Last known = last.get();
        if (known != null && known.number() == number) {
            return known.names();
        }
        int[] names = workedOut(number);
        last.set(new Last(number, names));
        return names;
    }

    /**
     * Gives each name sharing a document with the name {@code number} to {@code each}, once, in no
     * order and without gathering them: {@code seen} is cleared, then marks those met.
     */
    void forEach(int number, Marks seen, IntConsumer each) {
        seen.clear();
        for (int document : documentsOf[number]) {
            for (int other : namesOf[document]) {
                if (other != number && seen.add(other)) {
                    each.accept(other);
                }
            }
        }
    }

    private int[] workedOut(int number) {
        int total = 0;
        for (int document : documentsOf[number]) {
            total += namesOf[document].length;
        }
        int[] all = new int[total];
        int n = 0;
        for (int document : documentsOf[number]) {
            for (int other : namesOf[document]) {
                if (other != number) {
                    all[n++] = other;
                }
            }
        }
        Arrays.sort(all, 0, n);
        int kept = 0;
        for (int k = 0; k < n; k++) {
            if (kept == 0 || all[k] != all[kept - 1]) {
                all[kept++] = all[k];
            }
        }
        return Arrays.copyOf(all, kept);
    }

    /** The names of each document, by number, sorted: the relation {@code documentsOf} turned round. */
    private static int[][] namesOfDocuments(int[][] documentsOf, int documents) {
        int[] counts = new int[documents];
        for (int[] ofName : documentsOf) {
            for (int document : ofName) {
                counts[document]++;
            }
        }
        int[][] namesOf = new int[documents][];
        for (int d = 0; d < documents; d++) {
            namesOf[d] = new int[counts[d]];
            counts[d] = 0;
        }
        for (int name = 0; name < documentsOf.length; name++) {
            for (int document : documentsOf[name]) {
                namesOf[document][counts[document]++] = name;
            }
        }
        return namesOf;
    }
}
