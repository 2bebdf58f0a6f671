package org.dossier.ingest.source;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;

/**
 * Each run's listing of its source, made once and shared by the run's partitions: a folder is
 * walked once and a feed fetched once, however many partitions take their share. Register as a
 * listener of the job, which forgets a run's listing when the run ends.
 */
public class SourceListings implements JobExecutionListener {

    private final Map<Long, SourceReader> byRun = new HashMap<>();

    /** The run's listing, made by {@code list} for the first partition that asks. */
    public synchronized SourceReader of(long jobExecutionId, Supplier<SourceReader> list) {
        return byRun.computeIfAbsent(jobExecutionId, id -> list.get());
    }

    @Override
    public synchronized void afterJob(JobExecution jobExecution) {
        byRun.remove(jobExecution.getId());
    }
}
