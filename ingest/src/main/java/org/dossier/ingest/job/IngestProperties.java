package org.dossier.ingest.job;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import org.dossier.config.remote.PartitionThreads;
import org.dossier.config.remote.Workers;
import org.dossier.ingest.parse.ReadLimits;

/**
 * {@code dossier.ingest.*}
 *
 * @param chunkSize documents per transaction and per bulk request
 * @param maxTextLength characters kept from one document; the rest is cut off and the document flagged
 * @param maxFileSize larger files are skipped unread
 * @param parseTimeout a parse that takes longer is abandoned and the file skipped
 * @param maxBulkSize a bulk request is sent once its operations reach this size
 * @param indexRetries how often a chunk is tried again when Elasticsearch cannot be reached, backing off
 *        from one second up to {@code indexBackoffMax} between tries, before the run fails
 * @param indexBackoffMax the longest wait between two tries
 * @param indexTimeout how long a bulk request may take before it counts as failed
 * @param progressEvery how often a run logs how far it is, when not on a terminal
 * @param include globs of the files to take (all when empty), against the path under the folder or the name
 * @param exclude globs of the files to leave out
 * @param incremental whether a run leaves out what its source gave before unchanged; off, it reads everything again
 * @param threads partitions of a run, each on its own thread; 0 means one per core. With remote workers, how many
 *        partitions a run sends, and how many a worker runs at once
 * @param workers where a run's partitions run: {@code local}, on threads of its own process; {@code remote}, sent
 *        through the broker to worker processes ({@code dossier worker}) sharing the store and Elasticsearch
 */
@Validated
@ConfigurationProperties("dossier.ingest")
public record IngestProperties(
        @DefaultValue("50") @Min(1) int chunkSize,
        @DefaultValue("5000000") @Min(1000) int maxTextLength,
        @DefaultValue("64MB") DataSize maxFileSize,
        @DefaultValue("60s") Duration parseTimeout,
        @DefaultValue("5MB") DataSize maxBulkSize,
        @DefaultValue("5") @Min(0) int indexRetries,
        @DefaultValue("10s") Duration indexBackoffMax,
        @DefaultValue("120s") Duration indexTimeout,
        @DefaultValue("5s") Duration progressEvery,
        @DefaultValue List<String> include,
        @DefaultValue List<String> exclude,
        @DefaultValue("true") boolean incremental,
        @DefaultValue("0") @Min(0) int threads,
        @DefaultValue("local") Workers workers) {

    /** The threads to use: as configured, or one per core. */
    public int threadCount() {
        return PartitionThreads.count(threads);
    }

    /** The limits on what one file may cost. */
    public ReadLimits readLimits() {
        return new ReadLimits(maxFileSize.toBytes(), maxTextLength, parseTimeout);
    }
}
