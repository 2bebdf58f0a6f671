package org.dossier.resolve.job;

import org.springframework.batch.item.ExecutionContext;

/** Adds the time since the last phase ended to a phase's count in the step's context, for the summary. */
final class PhaseTimer {

    private final ExecutionContext context;
    private long since = System.nanoTime();

    PhaseTimer(ExecutionContext context) {
        this.context = context;
    }

    /** The phase that just ended. */
    void done(String phase) {
        long now = System.nanoTime();
        add(phase, now - since);
        since = now;
    }

    /** Time a phase took elsewhere (inside the resolver). */
    void add(String phase, long nanos) {
        String key = ResolveSummary.nanosKey(phase);
        context.putLong(key, context.getLong(key, 0) + nanos);
    }

    /** The next phase starts now. */
    void restart() {
        since = System.nanoTime();
    }
}
