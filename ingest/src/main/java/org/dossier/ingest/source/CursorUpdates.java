package org.dossier.ingest.source;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;

import org.dossier.config.store.SourceCursor;

/**
 * The cursor entries of the items a chunk has taken, written when the chunk's documents are
 * written, in its transaction. They are held here rather than written as items are fetched,
 * because a chunk with a skip is rolled back and finished without fetching its items again.
 * Chunks run on several threads, each start to finish on one, so entries are kept per thread.
 * What the last chunks filtered out is written when the step completes.
 */
public class CursorUpdates implements StepExecutionListener {

    private record Entry(String source, String key, String version) {
    }

    private final SourceCursor cursor;
    private final Clock clock;
    private final Map<Thread, List<Entry>> pending = new ConcurrentHashMap<>();

    public CursorUpdates(SourceCursor cursor, Clock clock) {
        this.cursor = cursor;
        this.clock = clock;
    }

    public void add(String source, String key, String version) {
        pending.computeIfAbsent(Thread.currentThread(), t -> new ArrayList<>()).add(new Entry(source, key, version));
    }

    /** Writes this thread's chunk's entries; call inside its transaction, once its documents are written. */
    public void flush() {
        write(pending.remove(Thread.currentThread()));
    }

    private void write(List<Entry> entries) {
        if (entries != null) {
            for (Entry entry : entries) {
                cursor.record(entry.source(), entry.key(), entry.version(), clock.instant());
            }
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (ExitStatus.COMPLETED.getExitCode().equals(stepExecution.getExitStatus().getExitCode())) {
            pending.values().forEach(this::write);
        }
        pending.clear();
        return null;
    }
}
