package org.dossier.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import org.springframework.stereotype.Component;

import org.dossier.config.domain.EntityRecord;
import org.dossier.config.elastic.IndexNames;

/** Reads entity entries by id, for labels and for following merges. */
@Component
public class EntityLookup {

    private static final long LABEL_TTL_NANOS = 60_000_000_000L;
    private static final int MAX_LABELS = 50_000;

    private final ElasticsearchClient client;
    private final IndexNames indices;
    private final Map<String, Cached> labels = new java.util.concurrent.ConcurrentHashMap<>();

    public EntityLookup(ElasticsearchClient client, IndexNames indices) {
        this.client = client;
        this.indices = indices;
    }

    /** The entries found, in the order asked; ids without an entry are left out. */
    public Map<String, EntityRecord> byId(Collection<String> ids) {
        Map<String, EntityRecord> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        try {
            MgetResponse<EntityRecord> response = client.mget(m -> m.index(indices.entities()).ids(ids.stream().toList()),
                    EntityRecord.class);
            response.docs().forEach(doc -> {
                if (doc.isResult() && doc.result().found() && doc.result().source() != null) {
                    found.put(doc.result().id(), doc.result().source());
                }
            });
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer a lookup of entities", e);
        }
    }

    /**
     * Entries to label facets with, from a cache that keeps each for {@link #LABEL_TTL_NANOS}: a
     * search lists the same busy entities again and again, and a name shown a little stale there
     * does no harm. Pages that show an entity read it fresh with {@link #byId}.
     */
    public Map<String, EntityRecord> labels(Collection<String> ids) {
        long now = System.nanoTime();
        Map<String, EntityRecord> found = new LinkedHashMap<>();
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (String id : ids) {
            Cached cached = labels.get(id);
            if (cached != null && now - cached.loaded() < LABEL_TTL_NANOS) {
                found.put(id, cached.entity());
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            if (labels.size() > MAX_LABELS) {
                labels.clear();
            }
            byId(missing).forEach((id, entity) -> {
                labels.put(id, new Cached(entity, now));
                found.put(id, entity);
            });
        }
        Map<String, EntityRecord> ordered = new LinkedHashMap<>();
        ids.forEach(id -> {
            if (found.containsKey(id)) {
                ordered.put(id, found.get(id));
            }
        });
        return ordered;
    }

    private record Cached(EntityRecord entity, long loaded) {
    }

    /** The entry an id stands for today: a merged id leads to the entity it was merged into. */
    public EntityRecord current(String id) {
        EntityRecord entity = byId(java.util.List.of(id)).get(id);
        for (int hops = 0; entity != null && entity.redirectTo() != null && hops < 10; hops++) {
            String next = entity.redirectTo();
            entity = byId(java.util.List.of(next)).get(next);
        }
        return entity;
    }
}
