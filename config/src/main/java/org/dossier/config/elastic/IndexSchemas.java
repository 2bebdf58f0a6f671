package org.dossier.config.elastic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates each missing index from its schema resource, behind its alias. */
public class IndexSchemas {

    private static final Logger log = LoggerFactory.getLogger(IndexSchemas.class);
    /** How long a server that has just started (after a crash, say) gets to bring its shards back. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);

    private final ElasticsearchClient client;
    private final IndexNames names;

    public IndexSchemas(ElasticsearchClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    /**
     * Makes sure every index exists, and waits until each can be read and written: a server that
     * has just started recovers its shards first, and a job that began before would fail at once.
     * Existing indices are left as they are.
     */
    public void ensureAll() {
        for (DossierIndex index : DossierIndex.values()) {
            ensure(index);
        }
        awaitShards();
    }

    private void awaitShards() {
        List<String> aliases = Arrays.stream(DossierIndex.values()).map(index -> index.alias(names.prefix())).toList();
        try {
            if (client.cluster().health(h -> h.index(aliases)).status() != HealthStatus.Red) {
                return;
            }
            log.info("Waiting up to {} s for Elasticsearch to bring back the shards of {}",
                    READY_TIMEOUT.toSeconds(), aliases);
            HealthResponse health = client.cluster().health(h -> h.index(aliases)
                    .waitForStatus(HealthStatus.Yellow).timeout(t -> t.time(READY_TIMEOUT.toSeconds() + "s")));
            if (health.timedOut()) {
                log.warn("Elasticsearch's indices are {} after {} s: some shards are not there yet; "
                        + "work that needs them fails until they are (see the server's log)",
                        health.status().jsonValue(), READY_TIMEOUT.toSeconds());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the indices' health", e);
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
