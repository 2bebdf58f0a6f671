package org.dossier.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A source whose items are listed once, on first use, what its cursor saw unchanged left out.
 * The cursor, written as chunks commit, is also where a restarted run resumes: the items its
 * failed run committed are no longer new, so no position is saved.
 */
abstract class ListedSourceReader implements SourceReader {

    private List<SourceItem> items;
    private final List<String> unchanged = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    /** The items to take this run; call {@link #leftOut} for each one left out as unchanged. */
    protected abstract List<SourceItem> list() throws Exception;

    /** An item left out as unchanged, by its key. */
    protected void leftOut(String key) {
        unchanged.add(key);
    }

    /** Something the listing could not take, and why. */
    protected void problem(String item, String reason) {
        problems.add(new Problem(item, reason));
    }

    @Override
    public synchronized List<SourceItem> items() throws Exception {
        if (items == null) {
            items = List.copyOf(list());
        }
        return items;
    }

    @Override
    public synchronized long total() {
        return items == null ? 0 : items.size();
    }

    @Override
    public synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public synchronized long unchanged(Predicate<String> keys) {
        return unchanged.stream().filter(keys).count();
    }
}
