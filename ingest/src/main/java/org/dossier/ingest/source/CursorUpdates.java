package org.dossier.ingest.source;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;

import org.dossier.config.store.SourceCursor;

/**
 * The cursor entries of the items a chunk has taken, written when the chunk's documents are
 * written, in its transaction. They are held here rather than written as items are fetched,
 * because a chunk with a skip is rolled back and finished without fetching its items again.
 * What the last chunk filtered out is written when the step completes.
 */
public class CursorUpdates implements StepExecutionListener {

    private record Entry(String source, String key, String version) {
    }

    private final SourceCursor cursor;
    private final Clock clock;
    private final List<Entry> pending = new ArrayList<>();

    public CursorUpdates(SourceCursor cursor, Clock clock) {
        this.cursor = cursor;
        this.clock = clock;
    }

    public synchronized void add(String source, String key, String version) {
        pending.add(new Entry(source, key, version));
    }

    /** Writes what is pending; call inside the chunk's transaction, once its documents are written. */
    public synchronized void flush() {
        for (Entry entry : pending) {
            cursor.record(entry.source(), entry.key(), entry.version(), clock.instant());
        }
        pending.clear();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (ExitStatus.COMPLETED.getExitCode().equals(stepExecution.getExitStatus().getExitCode())) {
            flush();
        }
        return null;
    }
}
