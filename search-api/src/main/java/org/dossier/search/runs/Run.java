package org.dossier.search.runs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run of a job as Spring Batch's job repository keeps it, with the counts an operator watches.
 *
 * @param job ingest or resolve
 * @param input what an ingest run reads (a folder, a URL list or a feed), else null
 * @param status STARTING, STARTED, STOPPING, STOPPED, COMPLETED, FAILED, ABANDONED
 * @param read items read (for ingest: files and pages; for resolve: mentions)
 * @param written what the run wrote (for ingest: documents indexed, duplicates aside; for resolve:
 *        entities written), as its last line says once it has ended
 * @param skipped inputs in the skip ledger for this run
 * @param counts the counts of the run's last line ({@code indexed}, {@code duplicates}, ...) in its
 *        order and words, once the run has ended; empty before
 * @param steps each step's own counts; a partitioned step's parts are listed one by one
 */
public record Run(long id, String job, String input, String status, String exitCode, String exitMessage,
                  Instant started, Instant ended, long read, long written, long skipped, Map<String, Long> counts,
                  List<Step> steps) {

    public record Step(String name, String status, long read, long written, long skipped, long commits) {
    }

    public boolean running() {
        return List.of("STARTING", "STARTED", "STOPPING").contains(status);
    }

    /**
     * Ended a moment ago, and its command has not yet recorded the counts of its last line: the job
     * repository says a run has ended just before the command that ran it writes them.
     */
    public boolean awaitingCounts() {
        return !running() && counts.isEmpty() && ended != null
                && ended.isAfter(Instant.now().minus(Duration.ofSeconds(30)));
    }

    public boolean restartable() {
        return List.of("FAILED", "STOPPED", "ABANDONED").contains(status);
    }

    /** Items written a second, over the run so far. */
    public double perSecond() {
        if (started == null) {
            return 0;
        }
        double seconds = Duration.between(started, ended != null ? ended : Instant.now()).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : written / seconds;
    }

    public Duration duration() {
        return started == null ? Duration.ZERO : Duration.between(started, ended != null ? ended : Instant.now());
    }
}
