package org.dossier.config.devsearch;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.dossier.config.settings.DossierProperties;

/** The local server, only when no cluster is configured. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${dossier.elasticsearch.uris:}'.isEmpty()")
public class LocalElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    LocalElasticsearch localElasticsearch(DossierProperties properties) {
        return LocalElasticsearch.startOrReuse(properties);
    }
}
