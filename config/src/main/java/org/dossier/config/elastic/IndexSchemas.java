package org.dossier.config.elastic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates each missing index from its schema resource, behind its alias. */
public class IndexSchemas {

    private static final Logger log = LoggerFactory.getLogger(IndexSchemas.class);

    private final ElasticsearchClient client;
    private final IndexNames names;

    public IndexSchemas(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /** Makes sure every index exists; existing ones are left as they are. */
    public void ensureAll() {
        for (DossierIndex index : DossierIndex.values()) {
            ensure(index);
        }
    }

    private void ensure(DossierIndex index) {
        String alias = index.alias(names.prefix());
        String versioned = index.versionedName(names.prefix());
        try {
            if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                return;
            }
            try (InputStream schema = IndexSchemas.class.getClassLoader().getResourceAsStream(index.schemaResource())) {
                if (schema == null) {
                    throw new IllegalStateException("Index schema missing from the classpath: " + index.schemaResource());
                }
                client.indices().create(c -> c.index(versioned).withJson(schema).aliases(alias, a -> a));
                log.info("Created index {} behind alias {}", versioned, alias);
            }
        } catch (ElasticsearchException e) {
            // Another process may have created it between our check and our request.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create index " + versioned, e);
        }
    }
}
