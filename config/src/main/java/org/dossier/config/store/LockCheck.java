package org.dossier.config.store;

import java.time.Clock;
import java.util.Optional;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Asks the store alone whether a job's lock is held, before a job's command starts anything
 * else (Elasticsearch, the language models, the job repository): a second run is refused in
 * seconds rather than after all that. The run still takes the lock itself when it begins; this
 * only spares the wait.
 */
public final class LockCheck {

    private LockCheck() {
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class})
    static class StoreOnly {

        @Bean
        JobLock jobLock(JdbcTemplate jdbc) {
            return new JobLock(jdbc, Clock.systemUTC());
        }
    }

    /**
     * The live holder of the job's lock, with the command's own arguments (the store's settings
     * among them); empty when the lock is free or the store cannot say (the run then finds out).
     */
    public static Optional<JobLock.Holder> holder(String job, String[] args) {
        try (ConfigurableApplicationContext store = new SpringApplicationBuilder(StoreOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=WARN").run(args)) {
            return store.getBean(JobLock.class).holder(job);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The line a refused command ends with, for scripts: {@code ingest status=REFUSED reason="..."}. */
    public static String refusedLine(String job, JobLock.Holder holder) {
        return job + " status=REFUSED reason=\"" + new JobLock.BusyException(holder).getMessage() + "\"";
    }
}
