package org.dossier.resolve.worker;

import java.util.Map;

import org.dossier.config.remote.WorkerProcess;
import org.dossier.resolve.ResolveApplication;
import org.dossier.resolve.job.ResolveJobConfiguration;
import org.dossier.resolve.job.ResolveProperties;

/**
 * {@code dossier worker resolve}: a process that runs the parts of the pairs step and the
 * partitions of the mentions step that resolve runs send through the broker
 * ({@code dossier.resolve.workers=remote}), until it is stopped. It needs the run's relational
 * store and Elasticsearch: the same settings as the run; and, for the pairs, the run's data
 * directory (the same machine, or a shared folder), whose names it reads. There it also reads the
 * survey the run kept rather than surveying the mentions again.
 */
public final class ResolveWorker {

    /** Set for a worker process: it listens for partitions and runs no job of its own. */
    static final String ENABLED = "dossier.resolve.worker";

    private ResolveWorker() {
    }

    public static void main(String[] args) {
        WorkerProcess.run(ResolveApplication.class, ResolveJobConfiguration.JOB_NAME,
                Map.of(ENABLED, "true", "dossier.resolve.run-on-startup", "false"), args,
                context -> context.getBean(ResolveProperties.class).threadCount());
    }
}
