package org.dossier.config.store;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Repositories over the relational store; the DataSource and Flyway come from Spring Boot. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    StoreDialect storeDialect(JdbcTemplate jdbc) {
        return StoreDialect.of(jdbc);
    }

    @Bean
    SkipLedger skipLedger(JdbcTemplate jdbc) {
        return new SkipLedger(jdbc);
    }

    @Bean
    SourceCursor sourceCursor(JdbcTemplate jdbc, StoreDialect dialect) {
        return new SourceCursor(jdbc, dialect);
    }

    @Bean
    JudgementStore judgementStore(JdbcTemplate jdbc) {
        return new JudgementStore(jdbc);
    }

    @Bean
    EntityRegistry entityRegistry(JdbcTemplate jdbc, StoreDialect dialect) {
        return new EntityRegistry(jdbc, dialect);
    }

    @Bean
    PreferredNames preferredNames(JdbcTemplate jdbc, StoreDialect dialect) {
        return new PreferredNames(jdbc, dialect);
    }

    @Bean
    MergeEffects mergeEffects(JdbcTemplate jdbc) {
        return new MergeEffects(jdbc);
    }

    @Bean
    JobLock jobLock(JdbcTemplate jdbc) {
        return new JobLock(jdbc, Clock.systemUTC());
    }

    @Bean
    RunMetrics runMetrics(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new RunMetrics(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    ReviewQueue reviewQueue(JdbcTemplate jdbc) {
        return new ReviewQueue(jdbc);
    }
}
