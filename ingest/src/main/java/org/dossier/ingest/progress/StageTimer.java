package org.dossier.ingest.progress;

import org.springframework.batch.item.ItemProcessor;

/**
 * Wraps a step's processor to add the time it takes to the run's counts under
 * {@code nanos.<stage>}, so that a run can say where its time went.
 */
public final class StageTimer {

    private static final String PREFIX = "nanos.";

    private StageTimer() {
    }

    public static <I, O> ItemProcessor<I, O> timed(String stage, RunCounts counts, ItemProcessor<I, O> processor) {
        return item -> {
            long start = System.nanoTime();
            try {
                return processor.process(item);
            } finally {
                counts.add(PREFIX + stage, System.nanoTime() - start);
            }
        };
    }

    public static void add(String stage, RunCounts counts, long nanos) {
        counts.add(PREFIX + stage, nanos);
    }

    public static String key(String stage) {
        return PREFIX + stage;
    }

    /** The key a stage's time has in a step's saved context, for steps that keep no {@link RunCounts}. */
    public static String savedKey(String stage) {
        return RunCounts.savedKey(PREFIX + stage);
    }
}
