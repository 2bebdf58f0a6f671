package org.dossier.ingest.source;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;

import org.dossier.config.store.SourceCursor;
import org.dossier.ingest.progress.PerChunk;

/**
 * The cursor entries of the items a chunk has taken, written when the chunk's documents are
 * written, in its transaction. They are held here rather than written as items are fetched,
 * because a chunk with a skip is rolled back and finished without fetching its items again.
 * Entries are kept by chunk (a chunk rolled back may be tried again on another thread). What a
 * chunk that wrote nothing took is written when the step completes.
 */
public class CursorUpdates extends PerChunk<List<CursorUpdates.Entry>> implements StepExecutionListener {

    record Entry(String source, String key, String version) {
    }

    private final SourceCursor cursor;
    private final Clock clock;

    public CursorUpdates(SourceCursor cursor, Clock clock) {
        super(ArrayList::new);
        this.cursor = cursor;
        this.clock = clock;
    }

    public void add(String source, String key, String version) {
        update(entries -> entries.add(new Entry(source, key, version)));
    }

    /** Writes the current chunk's entries; call inside its transaction, once its documents are written. */
    public void flush() {
        write(take());
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
        boolean completed = ExitStatus.COMPLETED.getExitCode().equals(stepExecution.getExitStatus().getExitCode());
        drain(entries -> {
            if (completed) {
                write(entries);
            }
        });
        return null;
    }
}
