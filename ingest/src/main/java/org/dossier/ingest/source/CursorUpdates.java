package org.dossier.ingest.source;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;

import org.dossier.config.store.SourceCursor;

/**
 * The cursor entries of the items a chunk has taken, written when the chunk's documents are
 * written, in its transaction. They are held here rather than written as items are fetched,
 * because a chunk with a skip is rolled back and finished without fetching its items again.
 * Entries are kept by chunk (a chunk rolled back may be tried again on another thread). What a
 * chunk that wrote nothing took is written when the step completes.
 */
public class CursorUpdates implements StepExecutionListener, ChunkListener {

    private record Entry(String source, String key, String version) {
    }

    private final SourceCursor cursor;
    private final Clock clock;
    private final Map<ChunkContext, List<Entry>> pending = Collections.synchronizedMap(new IdentityHashMap<>());
    private final ThreadLocal<ChunkContext> chunk = new ThreadLocal<>();

    public CursorUpdates(SourceCursor cursor, Clock clock) {
        this.cursor = cursor;
        this.clock = clock;
    }

    public void add(String source, String key, String version) {
        synchronized (pending) {
            pending.computeIfAbsent(chunk.get(), c -> new ArrayList<>()).add(new Entry(source, key, version));
        }
    }

    /** Writes the current chunk's entries; call inside its transaction, once its documents are written. */
    public void flush() {
        write(pending.remove(chunk.get()));
    }

    @Override
    public void beforeChunk(ChunkContext context) {
        chunk.set(context);
    }

    @Override
    public void afterChunk(ChunkContext context) {
        chunk.remove();
    }

    @Override
    public void afterChunkError(ChunkContext context) {
        chunk.remove();
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
        synchronized (pending) {
            if (ExitStatus.COMPLETED.getExitCode().equals(stepExecution.getExitStatus().getExitCode())) {
                pending.values().forEach(this::write);
            }
            pending.clear();
        }
        return null;
    }
}
