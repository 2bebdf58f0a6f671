package org.dossier.ingest.job;

import org.springframework.batch.core.ItemReadListener;

import org.dossier.ingest.progress.RunCounts;
import org.dossier.ingest.progress.StageTimer;
import org.dossier.ingest.source.SourceItem;

/** Counts the files taken, and the time taking them, in the run's counts. */
class ReadCounter implements ItemReadListener<SourceItem> {

    private final RunCounts counts;
    private final ThreadLocal<Long> started = new ThreadLocal<>();

    ReadCounter(RunCounts counts) {
        this.counts = counts;
    }

    @Override
    public void beforeRead() {
        started.set(System.nanoTime());
    }

    @Override
    public void afterRead(SourceItem item) {
        counts.increment(RunCounts.READ);
        Long start = started.get();
        if (start != null) {
            StageTimer.add("read", counts, System.nanoTime() - start);
        }
    }
}
