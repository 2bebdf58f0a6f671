package org.dossier.config.remote;

import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** A run's partitions on threads of its own process, the alternative to workers. */
public final class PartitionThreads {

    private PartitionThreads() {
    }

    /** The threads to use: as configured, or one per core when 0. */
    public static int count(int configured) {
        return configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    }

    /** The partitions side by side, each on its own thread named {@code prefix-N}; daemons never keep the JVM up. */
    public static TaskExecutor executor(String prefix, int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix(prefix + "-");
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }
}
