package org.dossier.config.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Repositories over the relational store; the DataSource and Flyway come from Spring Boot. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    SkipLedger skipLedger(JdbcTemplate jdbc) {
        return new SkipLedger(jdbc);
    }

    @Bean
    SourceCursor sourceCursor(JdbcTemplate jdbc) {
        return new SourceCursor(jdbc);
    }

    @Bean
    JudgementStore judgementStore(JdbcTemplate jdbc) {
        return new JudgementStore(jdbc);
    }

    @Bean
    EntityRegistry entityRegistry(JdbcTemplate jdbc) {
        return new EntityRegistry(jdbc);
    }

    @Bean
    PreferredNames preferredNames(JdbcTemplate jdbc) {
        return new PreferredNames(jdbc);
    }

    @Bean
    MergeEffects mergeEffects(JdbcTemplate jdbc) {
        return new MergeEffects(jdbc);
    }

    @Bean
    ReviewQueue reviewQueue(JdbcTemplate jdbc) {
        return new ReviewQueue(jdbc);
    }
}
