package org.dossier.ingest.progress;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Keeps something for each chunk in flight until the chunk commits. Kept by chunk, not by
 * thread: in a multi-threaded step, a chunk rolled back (after a skip, say) may be tried again
 * on another thread, without its items being read again. Register the subclass as a chunk
 * listener of the step.
 *
 * @param <T> what is kept for a chunk
 */
public abstract class PerChunk<T> implements ChunkListener {

    private final Map<ChunkContext, T> values = Collections.synchronizedMap(new IdentityHashMap<>());
    private final ThreadLocal<ChunkContext> current = new ThreadLocal<>();
    private final Supplier<T> fresh;

    protected PerChunk(Supplier<T> fresh) {
        this.fresh = fresh;
    }

    /** Whether this thread is running a chunk. */
    protected boolean inChunk() {
        return current.get() != null;
    }

    /** Changes the current chunk's value, made fresh the first time. */
    protected void update(Consumer<T> change) {
        synchronized (values) {
            change.accept(values.computeIfAbsent(current.get(), c -> fresh.get()));
        }
    }

    /** Removes and returns the current chunk's value, or null. */
    protected T take() {
        return values.remove(current.get());
    }

    /** Runs over every chunk's value, then forgets them all. */
    protected void drain(Consumer<T> action) {
        synchronized (values) {
            values.values().forEach(action);
            values.clear();
        }
    }

    @Override
    public void beforeChunk(ChunkContext context) {
        current.set(context);
    }

    @Override
    public void afterChunk(ChunkContext context) {
        current.remove();
    }

    @Override
    public void afterChunkError(ChunkContext context) {
        current.remove();
    }
}
