package org.dossier.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

import org.dossier.config.devsearch.LocalElasticsearchConfiguration;
import org.dossier.config.elastic.ElasticsearchConfiguration;
import org.dossier.config.settings.DossierProperties;
import org.dossier.config.store.StoreConfiguration;

/** What every Dossier application gets by depending on this module. */
@AutoConfiguration(before = {ElasticsearchRestClientAutoConfiguration.class, ElasticsearchClientAutoConfiguration.class})
@EnableConfigurationProperties(DossierProperties.class)
@Import({LocalElasticsearchConfiguration.class, ElasticsearchConfiguration.class, StoreConfiguration.class})
public class DossierAutoConfiguration {
}
