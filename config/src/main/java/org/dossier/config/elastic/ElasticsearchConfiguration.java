package org.dossier.config.elastic;

import java.net.URI;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.dossier.config.devsearch.LocalElasticsearch;
import org.dossier.config.settings.DossierProperties;

/**
 * The Elasticsearch client, pointed at the configured cluster or at the local server, and the
 * indices it needs, created when missing.
 */
@Configuration(proxyBeanMethods = false)
public class ElasticsearchConfiguration {

    private static final int MAX_CONNECTIONS = 100;

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(DossierProperties properties, ObjectProvider<LocalElasticsearch> local) {
        List<URI> uris = properties.elasticsearch().useLocalServer()
                ? List.of(local.getObject().uri())
                : properties.elasticsearch().uris();
        HttpHost[] hosts = uris.stream()
                .map(uri -> new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme()))
                .toArray(HttpHost[]::new);
        // The web app sends a page's requests at once, for many users: more connections than the
        // client's default of 10 per node, so that none waits for another's to come free.
        return RestClient.builder(hosts)
                .setHttpClientConfigCallback(http -> http.setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setMaxConnTotal(MAX_CONNECTIONS * hosts.length))
                .build();
    }

    @Bean(destroyMethod = "close")
    ElasticsearchTransport elasticsearchTransport(RestClient restClient) {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return new RestClientTransport(restClient, new JacksonJsonpMapper(mapper));
    }

    @Bean
    ElasticsearchClient elasticsearchClient(ElasticsearchTransport transport) {
        return new ElasticsearchClient(transport);
    }

    @Bean
    IndexNames indexNames(DossierProperties properties) {
        return new IndexNames(properties.elasticsearch().indexPrefix());
    }

    @Bean
    IndexSchemas indexSchemas(ElasticsearchClient client, IndexNames names) {
        IndexSchemas schemas = new IndexSchemas(client, names);
        schemas.ensureAll();
        return schemas;
    }
}
