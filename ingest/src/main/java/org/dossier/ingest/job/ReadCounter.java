package org.dossier.ingest.job;

import org.springframework.batch.core.ItemReadListener;

import org.dossier.ingest.progress.RunCounts;
import org.dossier.ingest.source.SourceFile;

/** Counts the files taken, in the run's counts. */
class ReadCounter implements ItemReadListener<SourceFile> {

    private final RunCounts counts;

    ReadCounter(RunCounts counts) {
        this.counts = counts;
    }

    @Override
    public void afterRead(SourceFile file) {
        counts.increment(RunCounts.READ);
    }
}
