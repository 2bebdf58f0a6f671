package org.dossier.search.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;

import org.dossier.config.domain.EntityEntry;
import org.dossier.config.domain.EntityRecord;
import org.dossier.config.elastic.BulkErrors;
import org.dossier.config.elastic.IndexFields;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexScan;
import org.dossier.config.store.EntityRegistry;
import org.dossier.config.store.MergeEffects;
import org.dossier.search.index.EntityLookup;

/**
 * Makes an analyst's "same" true in the indices at once, as the next resolve run would: the
 * merged entity's mentions and documents point to the survivor, its names join the survivor's,
 * and its id redirects there. What was there before is kept, so that an undo puts it back.
 */
@Service
public class IndexMerge {

    private static final int PAGE = 1000;

    private final ElasticsearchClient client;
    private final IndexNames indices;
    private final EntityLookup lookup;
    private final EntityRegistry registry;
    private final MergeEffects effects;
    private final ObjectMapper json;

    public IndexMerge(ElasticsearchClient client, IndexNames indices, EntityLookup lookup, EntityRegistry registry,
                      MergeEffects effects, ObjectMapper json) {
        this.client = client;
        this.indices = indices;
        this.lookup = lookup;
        this.registry = registry;
        this.effects = effects;
        this.json = json;
    }

    /** What a merge changed: enough to put it back. */
    record Before(List<String> names, List<String> mentions, Map<String, List<String>> documents,
                  EntityRecord survivor, EntityRecord merged) {
    }

    /** Merges {@code merged} into {@code survivor} for the decision {@code judgement}. */
    public void merge(long judgement, String keyA, String keyB, String survivor, String merged) {
        Map<String, EntityRecord> entries = lookup.byId(List.of(survivor, merged));
        EntityRecord kept = entries.get(survivor);
        EntityRecord gone = entries.get(merged);
        if (kept == null || gone == null) {
            return;
        }
        List<String> names = registry.namesOf(merged);
        List<String> mentions = ids(indices.mentions(), IndexFields.ENTITY_ID, merged);
        Map<String, List<String>> documents = entityIdsOf(merged);
        try {
            bulk(b -> {
                mentions.forEach(id -> b.operations(op -> op.update(u -> u.index(indices.mentions()).id(id)
                        .action(a -> a.doc(Map.of(IndexFields.ENTITY_ID, survivor))))));
                documents.forEach((id, before) -> {
                    Set<String> after = new LinkedHashSet<>();
                    before.forEach(e -> after.add(e.equals(merged) ? survivor : e));
                    b.operations(op -> op.update(u -> u.index(indices.documents()).id(id)
                            .action(a -> a.doc(Map.of(IndexFields.ENTITY_IDS, List.copyOf(after))))));
                });
            });
            long documentCount = client.count(c -> c.index(indices.documents())
                    .query(q -> q.term(t -> t.field(IndexFields.ENTITY_IDS).value(survivor)))).count();
            EntityRecord joined = join(kept, gone, (int) documentCount);
            bulk(b -> {
                b.operations(op -> op.index(i -> i.index(indices.entities()).id(survivor).document(joined)));
                b.operations(op -> op.index(i -> i.index(indices.entities()).id(merged)
                        .document(EntityRecord.redirect(merged, survivor))));
            });
            registry.reassign(names, survivor, merged, survivor);
            effects.record(judgement, keyA, keyB, survivor, merged,
                    json.writeValueAsString(new Before(names, mentions, documents, kept, gone)), Instant.now());
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not take the merge of " + merged + " into " + survivor, e);
        }
    }

    /** Puts back what the decision {@code judgement} merged, if it merged anything. */
    public boolean undo(long judgement) {
        MergeEffects.Effect effect = effects.of(judgement);
        if (effect == null) {
            return false;
        }
        try {
            Before before = json.readValue(effect.payload(), Before.class);
            bulk(b -> {
                before.mentions().forEach(id -> b.operations(op -> op.update(u -> u.index(indices.mentions()).id(id)
                        .action(a -> a.doc(Map.of(IndexFields.ENTITY_ID, effect.merged()))))));
                before.documents().forEach((id, entityIds) -> b.operations(op -> op.update(u -> u
                        .index(indices.documents()).id(id)
                        .action(a -> a.doc(Map.of(IndexFields.ENTITY_IDS, entityIds))))));
                b.operations(op -> op.index(i -> i.index(indices.entities()).id(effect.survivor())
                        .document(before.survivor())));
                b.operations(op -> op.index(i -> i.index(indices.entities()).id(effect.merged())
                        .document(before.merged())));
            });
            registry.reassign(before.names(), effect.merged(), effect.merged(), null);
            effects.undone(effect.id(), Instant.now());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not take the undo of merging " + effect.merged(), e);
        }
    }

    private static EntityRecord join(EntityRecord kept, EntityRecord gone, int documentCount) {
        Set<String> spellings = new LinkedHashSet<>(kept.aliases());
        spellings.add(gone.name());
        spellings.addAll(gone.aliases());
        Set<String> mergedFrom = new LinkedHashSet<>(kept.mergedFrom());
        mergedFrom.add(gone.id());
        mergedFrom.addAll(gone.mergedFrom());
        Set<String> coMentioned = new LinkedHashSet<>(kept.coMentioned());
        coMentioned.addAll(gone.coMentioned());
        coMentioned.remove(kept.id());
        coMentioned.remove(gone.id());
        return new EntityEntry(kept.id(), kept.type(), kept.name()).spellings(spellings)
                .counts(kept.mentionCount() + gone.mentionCount(), documentCount)
                .seen(kept.firstSeen(), kept.lastSeen()).seen(gone.firstSeen(), gone.lastSeen())
                .coMentioned(coMentioned, Math.max(EntityEntry.CO_MENTIONED, kept.coMentioned().size()))
                .mergedFrom(mergedFrom).build();
    }

    /** The ids of the mentions of an entity. */
    private List<String> ids(String index, String field, String value) {
        List<String> ids = new ArrayList<>();
        scan(index, field, value, List.of(IndexFields.ID), WithEntities.class, hit -> ids.add(hit.id()));
        return ids;
    }

    /** Each document that mentions an entity, with its entity ids. */
    private Map<String, List<String>> entityIdsOf(String entity) {
        Map<String, List<String>> documents = new java.util.LinkedHashMap<>();
        scan(indices.documents(), IndexFields.ENTITY_IDS, entity, List.of(IndexFields.ENTITY_IDS), WithEntities.class,
                hit -> documents.put(hit.id(), hit.source().entityIds()));
        return documents;
    }

    /** Every record of an index whose {@code field} is {@code value}, page after page in id order. */
    private <T> void scan(String index, String field, String value, List<String> fields, Class<T> type,
                          java.util.function.Consumer<Hit<T>> each) {
        try {
            IndexScan.forEach(client, PAGE, s -> s.index(index).query(q -> q.term(t -> t.field(field).value(value)))
                    .source(src -> src.filter(f -> f.includes(fields))), type, each);
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not list " + index + " by " + field, e);
        }
    }

    private void bulk(java.util.function.Consumer<BulkRequest.Builder> operations) throws IOException {
        BulkRequest.Builder builder = new BulkRequest.Builder().refresh(Refresh.True);
        operations.accept(builder);
        BulkRequest request = builder.build();
        if (request.operations().isEmpty()) {
            return;
        }
        BulkResponse response = client.bulk(request);
        BulkErrors.requireTaken(response, "Elasticsearch refused part of a merge");
    }

    record WithEntities(List<String> entityIds) {
    }
}
