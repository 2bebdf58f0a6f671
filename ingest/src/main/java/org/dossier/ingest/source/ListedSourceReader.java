package org.dossier.ingest.source;

import java.util.Iterator;
import java.util.List;

import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * A source whose items are listed when it opens, what its cursor saw unchanged left out. The
 * cursor, written as chunks commit, is also where a restarted run resumes: the items its failed
 * run committed are no longer new, so no position is saved.
 */
abstract class ListedSourceReader extends AbstractItemCountingItemStreamItemReader<SourceItem>
        implements SourceReader {

    private Iterator<SourceItem> items;
    private long total;
    private long unchanged;

    ListedSourceReader(String name) {
        setName(name);
        setSaveState(false);
    }

    /** The items to take this run; call {@link #leftOut()} for each one left out as unchanged. */
    protected abstract List<SourceItem> list() throws Exception;

    protected void leftOut() {
        unchanged++;
    }

    @Override
    protected void doOpen() throws Exception {
        List<SourceItem> found = list();
        items = found.iterator();
        total = found.size();
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public long unchanged() {
        return unchanged;
    }

    /** Saves how many items were left out as unchanged, for the run's summary. */
    @Override
    public void update(ExecutionContext context) {
        super.update(context);
        context.putLong(UNCHANGED, unchanged);
    }

    @Override
    protected SourceItem doRead() {
        return items.hasNext() ? items.next() : null;
    }

    @Override
    protected void doClose() {
        items = null;
    }
}
