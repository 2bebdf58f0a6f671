package org.dossier.ingest.worker;

import java.util.Map;

import org.dossier.config.remote.WorkerProcess;
import org.dossier.ingest.IngestApplication;
import org.dossier.ingest.job.IngestJobConfiguration;
import org.dossier.ingest.job.IngestProperties;

/**
 * {@code dossier worker ingest}: a process that runs the partitions ingest runs send through the
 * broker ({@code dossier.ingest.workers=remote}), until it is stopped. It needs the run's
 * relational store and Elasticsearch: the same settings as the run.
 */
public final class IngestWorker {

    /** Set for a worker process: it listens for partitions and runs no job of its own. */
    static final String ENABLED = "dossier.ingest.worker";

    private IngestWorker() {
    }

    public static void main(String[] args) {
        WorkerProcess.run(IngestApplication.class, IngestJobConfiguration.JOB_NAME,
                Map.of(ENABLED, "true", "dossier.ingest.run-on-startup", "false"), args,
                context -> context.getBean(IngestProperties.class).threadCount());
    }
}
