package org.dossier.config.elastic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

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
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                create(index, versioned, alias);
                log.info("Created index {} behind alias {}", versioned, alias);
                return;
            }
            Set<String> current = client.indices().getAlias(a -> a.name(alias)).result().keySet();
            if (current.contains(versioned)) {
                return;
            }
            // A new schema: a new index, and the alias moves to it in one step.
            create(index, versioned, null);
            client.indices().updateAliases(u -> {
                current.forEach(old -> u.actions(a -> a.remove(r -> r.index(old).alias(alias))));
                return u.actions(a -> a.add(ad -> ad.index(versioned).alias(alias)));
            });
            log.warn("Alias {} now points at {} (new schema); it is empty until the jobs run again. "
                    + "The previous index {} is kept until you delete it.", alias, versioned, current);
        } catch (ElasticsearchException e) {
            // Another process may have created it between our check and our request.
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create index " + versioned, e);
        }
    }

    private void create(DossierIndex index, String versioned, String alias) throws IOException {
        try (InputStream schema = IndexSchemas.class.getClassLoader().getResourceAsStream(index.schemaResource())) {
            if (schema == null) {
                throw new IllegalStateException("Index schema missing from the classpath: " + index.schemaResource());
            }
            client.indices().create(c -> {
                c.index(versioned).withJson(schema);
                return alias == null ? c : c.aliases(alias, a -> a);
            });
        }
    }
}
