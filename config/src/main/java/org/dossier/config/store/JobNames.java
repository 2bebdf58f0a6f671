package org.dossier.config.store;

import java.util.List;

/**
 * The names of the two jobs, as the job repository, the job locks, the metrics and the operators'
 * commands know them.
 */
public final class JobNames {

    public static final String INGEST = "ingest";
    public static final String RESOLVE = "resolve";
    /** Both, in the order a night runs them. */
    public static final List<String> ALL = List.of(INGEST, RESOLVE);

    private JobNames() {
    }
}
