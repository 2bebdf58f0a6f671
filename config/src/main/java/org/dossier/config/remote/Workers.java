package org.dossier.config.remote;

/** Where a run's partitions run ({@code dossier.ingest.workers}, {@code dossier.resolve.workers}). */
public enum Workers {
    /** On threads of the run's own process. */
    LOCAL,
    /** On worker processes, reached through the broker. */
    REMOTE
}
