package org.dossier.resolve.job;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import org.dossier.config.remote.PartitionThreads;
import org.dossier.config.remote.Workers;
import org.dossier.resolve.NameResolver;

/**
 * {@code dossier.resolve.*}: the bands of the resolve job.
 *
 * @param merge a pair of names scoring at least this is one entity
 * @param review a pair scoring at least this, and less than {@code merge}, goes to analysts
 * @param apart a pair scoring less than this keeps the two names' clusters apart
 * @param maxBlock blocks of more names than this are left out of blocking
 * @param runOnStartup whether the application runs the job as it starts (tests say no)
 * @param threads partitions of the mentions step, and parts of the pairs step (at most 127), each on its own
 *        thread; 0 means one per core. With remote workers, how many partitions and parts a run sends, and
 *        how many a worker runs at once
 * @param workers where the partitions of the mentions step and the parts of the pairs step run: {@code local},
 *        on threads of the run's own process; {@code remote}, sent through the broker to worker processes
 *        ({@code dossier worker resolve}) sharing the store and Elasticsearch (and, for the pairs, the run's
 *        data directory, whose names they read)
 * @param pairsWorkers where the pairs step's parts run, when not where the mentions step's do: {@code local}
 *        keeps them on the run's threads, for workers that do not share the run's data directory
 */
@Validated
@ConfigurationProperties("dossier.resolve")
public record ResolveProperties(
        @DefaultValue("0.9") @DecimalMin("0") @DecimalMax("1") double merge,
        @DefaultValue("0.2") @DecimalMin("0") @DecimalMax("1") double review,
        @DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double apart,
        @DefaultValue("500") @Min(2) int maxBlock,
        @DefaultValue("true") boolean runOnStartup,
        @DefaultValue("0") @Min(0) int threads,
        @DefaultValue("local") Workers workers,
        Workers pairsWorkers) {

    /** The threads to use: as configured, or one per core. */
    public int threadCount() {
        return PartitionThreads.count(threads);
    }

    /** Whether the pairs step's parts are sent to workers. */
    public boolean pairsRemote() {
        return (pairsWorkers == null ? workers : pairsWorkers) == Workers.REMOTE;
    }

    public NameResolver.Settings settings() {
        if (review > merge) {
            throw new IllegalArgumentException("dossier.resolve.review (" + review
                    + ") must not be above dossier.resolve.merge (" + merge + ")");
        }
        if (apart > merge) {
            throw new IllegalArgumentException("dossier.resolve.apart (" + apart
                    + ") must not be above dossier.resolve.merge (" + merge + ")");
        }
        return new NameResolver.Settings(merge, review, apart, maxBlock);
    }
}
