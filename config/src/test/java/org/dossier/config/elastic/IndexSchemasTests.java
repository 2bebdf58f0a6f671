package org.dossier.config.elastic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.dossier.config.devsearch.LocalElasticsearch;
import org.dossier.config.settings.DossierProperties;

class IndexSchemasTests {

    private static LocalElasticsearch server;
    private static RestClientTransport transport;
    private static ElasticsearchClient client;

    @BeforeAll
    static void start() {
        server = LocalElasticsearch.startOrReuse(new DossierProperties(Path.of("target/test-data/schemas"),
                new DossierProperties.Elasticsearch(List.of(), "unused",
                        new DossierProperties.Local("256m", "9280-9299", Duration.ofSeconds(120), null)),
                new DossierProperties.Store(null, "sa", ""), null, null));
        transport = new RestClientTransport(RestClient.builder(HttpHost.create(server.uri().toString())).build(),
                new JacksonJsonpMapper());
        client = new ElasticsearchClient(transport);
    }

    @AfterAll
    static void stop() throws Exception {
        transport.close();
        server.close();
    }

    @Test
    void everyIndexIsCreatedOnceAsAVersionedIndexBehindItsAlias() throws Exception {
        IndexNames names = new IndexNames("schemas-" + System.nanoTime());
        IndexSchemas schemas = new IndexSchemas(client, names);

        schemas.ensureAll();
        client.index(i -> i.index(names.documents()).id("kept").document(Map.of("id", "kept", "title", "Kept")));
        schemas.ensureAll();

        Map<String, IndexAliases> aliases = client.indices().getAlias(a -> a.name(names.prefix() + "-*")).result();
        assertThat(aliases).containsOnlyKeys(DossierIndex.DOCUMENTS.versionedName(names.prefix()),
                DossierIndex.MENTIONS.versionedName(names.prefix()), DossierIndex.ENTITIES.versionedName(names.prefix()));
        assertThat(aliases.get(DossierIndex.DOCUMENTS.versionedName(names.prefix())).aliases())
                .containsOnlyKeys(names.documents());
        assertThat(client.get(g -> g.index(names.documents()).id("kept"), Map.class).found())
                .as("a second start leaves existing data alone").isTrue();
    }

    @Test
    void aNewSchemaVersionGetsANewIndexAndTheAliasMovesToIt() throws Exception {
        IndexNames names = new IndexNames("moved-" + System.nanoTime());
        String old = names.documents() + "-v0";
        client.indices().create(c -> c.index(old).aliases(names.documents(), a -> a));

        new IndexSchemas(client, names).ensureAll();

        Map<String, IndexAliases> aliases = client.indices().getAlias(a -> a.name(names.documents())).result();
        assertThat(aliases).containsOnlyKeys(DossierIndex.DOCUMENTS.versionedName(names.prefix()));
        assertThat(client.indices().exists(e -> e.index(old)).value()).as("the old index is kept").isTrue();
    }

    @Test
    void documentsRejectFieldsOutsideTheSchema() {
        IndexNames names = new IndexNames("strict-" + System.nanoTime());
        new IndexSchemas(client, names).ensureAll();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.index(i -> i.index(names.documents())
                        .id("x").document(Map.of("id", "x", "typo", "y"))))
                .hasMessageContaining("strict_dynamic_mapping_exception");
    }
}
