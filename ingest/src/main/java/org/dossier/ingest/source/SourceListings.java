package org.dossier.ingest.source;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;

/**
 * Each run's listing of its source, made once and shared by the run's partitions: a folder is
 * walked once and a feed fetched once, however many partitions take their share. Register as a
 * listener of the job, which forgets a run's listing when the run ends.
 */
public class SourceListings implements JobExecutionListener {

    private final Map<Long, SourceReader> byRun = new ConcurrentHashMap<>();

    /**
     * The run's listing, made by {@code list} for the first partition that asks. A worker process
     * sees no run end, but a job runs once at a time: a new run's listing replaces the last one's.
     */
    public synchronized SourceReader of(long jobExecutionId, Supplier<SourceReader> list) {
        byRun.keySet().removeIf(run -> run < jobExecutionId);
        return byRun.computeIfAbsent(jobExecutionId, id -> list.get());
    }

    /**
     * The items listed by the runs going in this process (one, under a command), for progress
     * shown from any thread: none until a listing is made, and a listing under way is not waited for.
     */
    public long total() {
        return byRun.values().stream().mapToLong(SourceReader::total).sum();
    }

    @Override
    public synchronized void afterJob(JobExecution jobExecution) {
        byRun.remove(jobExecution.getId());
    }
}
