package org.dossier.ingest.worker;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import org.dossier.config.remote.RemotePartitions;
import org.dossier.ingest.IngestApplication;
import org.dossier.ingest.job.IngestJobConfiguration;
import org.dossier.ingest.job.IngestProperties;

/**
 * {@code dossier worker}: a process that runs the partitions ingest runs send through the broker
 * ({@code dossier.ingest.workers=remote}), until it is stopped. It needs the run's relational store
 * and Elasticsearch: the same settings as the run.
 */
public final class IngestWorker {

    /** Set for a worker process: it listens for partitions and runs no job of its own. */
    static final String ENABLED = "dossier.ingest.worker";

    private IngestWorker() {
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(IngestApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of(ENABLED, "true", "dossier.ingest.run-on-startup", "false"));
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (RuntimeException e) {
            System.err.println("dossier worker: not started: " + reason(e));
            System.out.println("worker status=FAILED reason=\"" + reason(e).replace('"', '\'') + "\"");
            System.exit(1);
            return;
        }
        RemotePartitions remote = context.getBean(RemotePartitions.class);
        int threads = context.getBean(IngestProperties.class).threadCount();
        // Stays up on the listener's threads until stopped (SIGTERM stops it once its partitions are done).
        System.out.println("worker job=ingest queue=" + remote.queue(IngestJobConfiguration.JOB_NAME) + " broker="
                + remote.broker() + " threads=" + threads);
    }

    /** The innermost message of ours, else the innermost: Spring wraps a failed start in bean creation errors. */
    private static String reason(Throwable failure) {
        Throwable innermost = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && (t instanceof IllegalStateException || t instanceof IllegalArgumentException)
                    && !t.getClass().getName().startsWith("org.springframework.")) {
                return t.getMessage();
            }
            innermost = t;
        }
        return innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
    }
}
