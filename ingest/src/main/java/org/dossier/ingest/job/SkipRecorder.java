package org.dossier.ingest.job;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.SkipListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;

import org.dossier.config.store.SkipEntry;
import org.dossier.config.store.SkipLedger;
import org.dossier.ingest.fetch.UnfetchableException;
import org.dossier.ingest.index.AnalysedFile;
import org.dossier.ingest.progress.RunCounts;
import org.dossier.ingest.source.SourceItem;
import org.dossier.ingest.source.UnreadableFileException;

/** Logs each skipped file with its reason and records it in the skip ledger. */
class SkipRecorder implements SkipListener<SourceItem, AnalysedFile>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(SkipRecorder.class);

    private final SkipLedger ledger;
    private final Clock clock;
    private final RunCounts counts;
    private StepExecution stepExecution;

    SkipRecorder(SkipLedger ledger, Clock clock, RunCounts counts) {
        this.ledger = ledger;
        this.clock = clock;
        this.counts = counts;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
    }

    @Override
    public void onSkipInProcess(SourceItem item, Throwable t) {
        String stage = t instanceof UnfetchableException ? "fetch" : t instanceof UnreadableFileException ? "read" : "parse";
        record(item.source(), item.location(), stage, t);
    }

    @Override
    public void onSkipInRead(Throwable t) {
        record("", "(unknown)", "read", t);
    }

    private void record(String source, String item, String stage, Throwable t) {
        String reason = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        log.warn("Skipped {} at {}: {}", item, stage, reason);
        ledger.record(new SkipEntry(stepExecution.getJobExecutionId(), source, item, stage, reason, clock.instant()));
        counts.skipped(reason);
    }
}
