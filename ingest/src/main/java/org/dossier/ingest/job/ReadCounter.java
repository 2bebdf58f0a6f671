package org.dossier.ingest.job;

import org.springframework.batch.core.ItemReadListener;

import org.dossier.ingest.progress.RunCounts;
import org.dossier.ingest.progress.StageTimer;
import org.dossier.ingest.source.SourceItem;

/** Counts the files taken, and the time taking them, in the run's counts. */
class ReadCounter implements ItemReadListener<SourceItem> {

    private final RunCounts counts;
    private long started;

    ReadCounter(RunCounts counts) {
        this.counts = counts;
    }

    @Override
    public void beforeRead() {
        started = System.nanoTime();
    }

    @Override
    public void afterRead(SourceItem item) {
        counts.increment(RunCounts.READ);
        StageTimer.add("read", counts, System.nanoTime() - started);
    }
}
