package org.dossier.config.remote;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code dossier worker JOB}: starts a job's application as a worker, which listens for the job's
 * partitions and runs no run of its own, and says so in one line ({@code worker job=... queue=...
 * broker=... threads=N}); a worker that cannot start says why ({@code worker status=FAILED
 * reason="..."}) and exits with 1. It then stays up on the listener's threads until stopped
 * (SIGTERM stops it once its partitions are done).
 */
public final class WorkerProcess {

    private WorkerProcess() {
    }

    /**
     * @param settings what makes the application a worker (its worker switch on, its run on start off)
     * @param threads how many partitions the started worker runs at once
     */
    public static void run(Class<?> application, String jobName, Map<String, Object> settings, String[] args,
                           ToIntFunction<ConfigurableApplicationContext> threads) {
        SpringApplication worker = new SpringApplication(application);
        worker.setWebApplicationType(WebApplicationType.NONE);
        worker.setDefaultProperties(new HashMap<>(settings));
        ConfigurableApplicationContext context;
        try {
            context = worker.run(args);
        } catch (RuntimeException e) {
            System.err.println("dossier worker: not started: " + reason(e));
            System.out.println("worker status=FAILED reason=\"" + reason(e).replace('"', '\'') + "\"");
            System.exit(1);
            return;
        }
        RemotePartitions remote = context.getBean(RemotePartitions.class);
        System.out.println("worker job=" + jobName + " queue=" + remote.queue(jobName) + " broker=" + remote.broker()
                + " threads=" + threads.applyAsInt(context));
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
