package org.dossier.resolve.group;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * A set of strings held as the sorted numbers a dictionary gives them: four bytes an element
 * where a hash set spends forty, for the documents and the co-mentioned names of a corpus's
 * hundreds of thousands of names. Read-only.
 */
public final class IdSet extends AbstractSet<String> {

    /** The numbers, or null when they are worked out each time: a name's company ({@link CoMentions}). */
    private final int[] ids;
    private final CoMentions company;
    private final int number;
    private final List<String> names;
    private final Map<String, Integer> numbers;

    /** @param ids sorted, without repeats; numbers into {@code names}, which {@code numbers} inverts */
    IdSet(int[] ids, List<String> names, Map<String, Integer> numbers) {
        this(ids, null, -1, names, numbers);
    }

    /**
     * The names sharing a document with the name {@code number}, worked out each time they are
     * needed rather than kept: a relation too large to keep whole.
     */
    IdSet(CoMentions company, int number, List<String> names, Map<String, Integer> numbers) {
        this(null, company, number, names, numbers);
    }

    private IdSet(int[] ids, CoMentions company, int number, List<String> names, Map<String, Integer> numbers) {
        this.ids = ids;
        this.company = company;
        this.number = number;
        this.names = names;
        this.numbers = numbers;
    }

    private int[] ids() {
        return ids != null ? ids : company.of(number);
    }

    @Override
    public boolean contains(Object o) {
        Integer id = o instanceof String s ? numbers.get(s) : null;
        return id != null && Arrays.binarySearch(ids(), id) >= 0;
    }

    /** Whether it has no element: for a name's company, without working it out. */
    @Override
    public boolean isEmpty() {
        return ids != null ? ids.length == 0 : !company.hasCompany(number);
    }

    @Override
    public int size() {
        return ids().length;
    }

    @Override
    public Iterator<String> iterator() {
        int[] ids = ids();
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ids.length;
            }

            @Override
            public String next() {
                if (next >= ids.length) {
                    throw new NoSuchElementException();
                }
                return names.get(ids[next++]);
            }
        };
    }

    /**
     * Gives each element's number to {@code each}, once, in no order: a name's company without
     * sorting it (see {@link CoMentions#forEach}), {@code seen} (as many as the dictionary's
     * numbers) marking the numbers met.
     */
    public void forEachNumber(Marks seen, IntConsumer each) {
        if (ids == null) {
            company.forEach(number, seen, each);
            return;
        }
        for (int id : ids) {
            each.accept(id);
        }
    }

    /** The number the set's dictionary gives {@code element}, or -1 when it has none. */
    public int numberOf(String element) {
        Integer number = numbers.get(element);
        return number == null ? -1 : number;
    }

    /** How many strings the set's dictionary numbers. */
    public int dictionarySize() {
        return names.size();
    }

    /** Whether {@code other} numbers its elements by the same dictionary as this set. */
    public boolean numberedLike(IdSet other) {
        return other.names == names;
    }

    /**
     * How many elements the sets have together: by merging their numbers when all are numbered by
     * one dictionary (an entity's names' documents: no set of strings the size of a large entity's
     * documents is made), else by gathering them.
     */
    public static int union(List<Set<String>> sets) {
        if (sets.size() == 1) {
            return sets.get(0).size();
        }
        boolean numbered = sets.stream().allMatch(set -> set instanceof IdSet ids && ids.names == ((IdSet) sets.get(0)).names);
        if (!numbered) {
            Set<String> all = new HashSet<>();
            sets.forEach(all::addAll);
            return all.size();
        }
        int total = 0;
        int[][] each = new int[sets.size()][];
        for (int k = 0; k < each.length; k++) {
            each[k] = ((IdSet) sets.get(k)).ids();
            total += each[k].length;
        }
        int[] all = new int[total];
        int n = 0;
        for (int[] ids : each) {
            System.arraycopy(ids, 0, all, n, ids.length);
            n += ids.length;
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int k = 0; k < all.length; k++) {
            if (k == 0 || all[k] != all[k - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    /**
     * How many elements two sets share, counting no further than {@code atMost}: by merging their
     * numbers when both are numbered by one dictionary, else by looking each one up.
     */
    public static int shared(Set<String> first, Set<String> second, int atMost) {
        if (first instanceof IdSet setA && second instanceof IdSet setB && setA.names == setB.names) {
            if (setA.ids == null && setB.ids == null && setA.company == setB.company) {
                return setA.company.shared(setA.number, setB.number, atMost);
            }
            return shared(setA.ids(), setB.ids(), atMost);
        }
        Set<String> smaller = first.size() <= second.size() ? first : second;
        Set<String> larger = smaller == first ? second : first;
        int shared = 0;
        for (String element : smaller) {
            if (shared >= atMost) {
                break;
            }
            if (larger.contains(element)) {
                shared++;
            }
        }
        return shared;
    }

    /** How many numbers two sorted arrays of numbers share, counting no further than {@code atMost}. */
    public static int shared(int[] a, int[] b, int atMost) {
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length && shared < atMost; ) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return shared;
    }
}
