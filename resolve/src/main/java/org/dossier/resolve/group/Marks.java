package org.dossier.resolve.group;

import java.util.Arrays;

/**
 * Marks over numbered names, cleared at once by taking a new mark rather than by clearing the
 * array: a walk over a name's company marks the names it meets without gathering them.
 */
public final class Marks {

    private final int[] marks;
    private int mark = 1;

    /** @param size how many numbers there are */
    public Marks(int size) {
        marks = new int[size];
    }

    /** Nothing is marked after this. */
    public void clear() {
        if (++mark == Integer.MAX_VALUE) {
            Arrays.fill(marks, 0);
            mark = 1;
        }
    }

    /** Marks {@code number}; whether it was not marked yet. */
    public boolean add(int number) {
        if (marks[number] == mark) {
            return false;
        }
        marks[number] = mark;
        return true;
    }

    public boolean contains(int number) {
        return marks[number] == mark;
    }

    public void remove(int number) {
        marks[number] = 0;
    }
}
