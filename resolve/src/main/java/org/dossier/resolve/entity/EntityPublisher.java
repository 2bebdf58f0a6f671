package org.dossier.resolve.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.IntStream;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dossier.config.domain.EntityEntry;
import org.dossier.config.domain.EntityRecord;
import org.dossier.config.domain.Mention;
import org.dossier.config.domain.NameKey;
import org.dossier.config.elastic.Answers;
import org.dossier.config.elastic.BulkErrors;
import org.dossier.config.elastic.IndexFields;
import org.dossier.config.elastic.IndexNames;
import org.dossier.resolve.group.IdSet;
import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.mention.MentionReader;
import org.dossier.resolve.mention.MentionView;

/**
 * Writes a resolution to the indices: an entry per entity (and one per merged id, pointing to its
 * survivor), the entity id on each mention and the entity ids on each document. Only what changed
 * is written, as partial updates (the embedded server runs no update-by-query): a run over the
 * same mentions and judgements writes nothing.
 */
public final class EntityPublisher {

    private static final Logger log = LoggerFactory.getLogger(EntityPublisher.class);
    private static final int BULK = 1000;

    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient async;
    private final IndexNames indices;
    private final java.util.function.Supplier<Map<String, String>> preferredNames;

    /** @param preferredNames the names analysts chose for entities, by entity id */
    public EntityPublisher(ElasticsearchClient client, IndexNames indices,
                           java.util.function.Supplier<Map<String, String>> preferredNames) {
        this.client = client;
        this.async = new ElasticsearchAsyncClient(client._transport());
        this.indices = indices;
        this.preferredNames = preferredNames;
    }

    /**
     * Writes the entities that changed, and an entry for each merged id pointing to its survivor.
     * A bulk request's worth at a time: its entries as indexed are read, while the slice before is
     * built, and its changes sent, while the next is built, so that Elasticsearch's work and this
     * process's overlap and no more than a few slices are held at once.
     *
     * @param touched the clusters to compare and write, by index (null: all of them); the other
     *        entities are as the last run wrote them, and only the touched ones' records are read
     * @return how many entries were written
     */
    public int publishEntities(List<List<NameGroup>> clusters, EntityIds.Assignment assignment, BitSet touched) {
        Map<String, String> preferred = preferredNames.get();
        if (touched != null) {
            // The names analysts chose may have come since: their entities are compared too.
            touched = (BitSet) touched.clone();
            for (int c = 0; c < clusters.size(); c++) {
                if (preferred.containsKey(assignment.ids().get(c))) {
                    touched.set(c);
                }
            }
        }
        Batches batches = new Batches();
        CoMentionedEntities coMentioned = new CoMentionedEntities(clusters, assignment.ids(), assignment.entityOfName());
        Map<String, List<String>> mergedInto = new HashMap<>();
        assignment.redirects().forEach((from, to) -> mergedInto.computeIfAbsent(to, k -> new ArrayList<>()).add(from));
        int[] compared = touched == null ? IntStream.range(0, clusters.size()).toArray() : touched.stream().toArray();
        List<List<String>> slices = new ArrayList<>();
        for (int from = 0; from < compared.length; from += BULK) {
            slices.add(Arrays.stream(compared, from, Math.min(compared.length, from + BULK))
                    .mapToObj(c -> assignment.ids().get(c)).toList());
        }
        List<String> redirected = List.copyOf(assignment.redirects().keySet());
        for (int from = 0; from < redirected.size(); from += BULK) {
            slices.add(redirected.subList(from, Math.min(redirected.size(), from + BULK)));
        }
        int entities = 0;
        CompletableFuture<Map<String, EntityRecord>> reading = slices.isEmpty() ? null : existingEntities(slices.get(0));
        for (int s = 0; s < slices.size(); s++) {
            Map<String, EntityRecord> existing = Answers.join(reading, "a read of the entities");
            reading = s + 1 < slices.size() ? existingEntities(slices.get(s + 1)) : null;
            EntityRecord[] built = new EntityRecord[slices.get(s).size()];
            int first = s * BULK;
            if (first < compared.length) {
                // The slice's entries built side by side (each reads only what the run made).
                IntStream.range(0, built.length).parallel().forEach(k -> {
                    int cluster = compared[first + k];
                    String id = assignment.ids().get(cluster);
                    built[k] = entity(id, clusters.get(cluster), mergedInto.getOrDefault(id, List.of()),
                            existing.get(id), preferred.get(id),
                            coMentioned.of(cluster, clusters.get(cluster), EntityEntry.CO_MENTIONED));
                });
            } else {
                for (int k = 0; k < built.length; k++) {
                    String from = slices.get(s).get(k);
                    built[k] = EntityRecord.redirect(from, assignment.redirects().get(from));
                }
            }
            for (EntityRecord entity : built) {
                if (!entity.equals(existing.get(entity.id()))) {
                    batches.add(BulkOperation.of(o -> o.index(i -> i.index(indices.entities()).id(entity.id())
                            .document(entity))));
                    entities++;
                }
            }
        }
        batches.finish();
        log.info("Entities: {} of {} compared with their entries, {} entries written", compared.length, clusters.size(),
                entities);
        return entities;
    }

    /** What writing a chunk of documents' entities wrote. */
    public record Written(int mentions, int documents) {
    }

    /**
     * Gives each mention of these documents the entity of its name, and each document the set
     * of its entities, where they changed.
     *
     * @param keys each mention's name key in its document
     * @param entityOfName the entity of each name, or null for a name that is none
     */
    public Written publishMentions(List<MentionReader.Document> documents,
                                   Function<List<MentionView>, Map<String, String>> keys,
                                   Function<String, String> entityOfName) {
        Batches batches = new Batches();
        int mentions = 0;
        int changedDocuments = 0;
        for (MentionReader.Document document : documents) {
            Map<String, String> keyOfMention = keys.apply(document.mentions());
            Set<String> before = new TreeSet<>();
            Set<String> after = new TreeSet<>();
            for (MentionView mention : document.mentions()) {
                String old = document.entityOf(mention.id());
                String key = keyOfMention.get(mention.id());
                String now = key == null ? null : entityOfName.apply(key);
                if (old != null) {
                    before.add(old);
                }
                if (now == null) {
                    // A generic head that stands for no organisation of its document belongs to no entity.
                    if (old != null) {
                        batches.add(rewritten(document.records().get(mention.id()), null));
                        mentions++;
                    }
                    continue;
                }
                after.add(now);
                if (!now.equals(old)) {
                    batches.add(rewritten(document.records().get(mention.id()), now));
                    mentions++;
                }
            }
            // A mention that is no name of a person or organisation now (the corpus's vote made it a
            // place, a document made it a concept) loses the entity it had.
            Set<String> named = new HashSet<>();
            document.mentions().forEach(mention -> named.add(mention.id()));
            for (Mention record : document.records().values()) {
                if (record.entityId() != null && !named.contains(record.id())) {
                    before.add(record.entityId());
                    batches.add(rewritten(record, null));
                    mentions++;
                }
            }
            if (!before.equals(after)) {
                List<String> ids = List.copyOf(after);
                batches.add(BulkOperation.of(o -> o.update(u -> u.index(indices.documents()).id(document.id())
                        .action(a -> a.doc(Map.of(IndexFields.ENTITY_IDS, ids))))));
                changedDocuments++;
            }
        }
        batches.send();
        return new Written(mentions, changedDocuments);
    }

    /** Makes what was written visible to searches. */
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(indices.entities(), indices.mentions(), indices.documents()));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not take the entities' update: " + e.getMessage(), e);
        }
    }

    /**
     * A mention written again whole with its new entity: it was just read whole, and writing it
     * costs Elasticsearch less than a partial update, which reads it back first.
     */
    private BulkOperation rewritten(Mention mention, String entity) {
        Mention updated = mention.withEntityId(entity);
        return BulkOperation.of(o -> o.index(i -> i.index(indices.mentions()).id(updated.id()).document(updated)));
    }

    private static EntityRecord entity(String id, List<NameGroup> cluster, List<String> mergedHere,
                                       EntityRecord before, String chosen, List<String> coMentioned) {
        // Named by its most mentioned full name: "Department of Justice" rather than "DOJ".
        NameGroup main = cluster.stream().max(Comparator.<NameGroup>comparingInt(g -> g.name().tokens().size() > 1 ? 1 : 0)
                .thenComparingInt(NameGroup::mentions)
                .thenComparing(NameGroup::key, Comparator.reverseOrder())).orElseThrow();
        Set<String> spellings = new TreeSet<>();
        int mentions = 0;
        Instant first = null;
        Instant last = null;
        for (NameGroup group : cluster) {
            spellings.addAll(group.forms().keySet());
            mentions += group.mentions();
            // Each name's first and last dates are its documents' (NameGroups.groups).
            first = group.firstSeen() != null && (first == null || group.firstSeen().isBefore(first)) ? group.firstSeen() : first;
            last = group.lastSeen() != null && (last == null || group.lastSeen().isAfter(last)) ? group.lastSeen() : last;
        }
        String preferred = main.preferredForm();
        spellings.add(preferred);
        // An analyst's choice holds while the entity still has that spelling.
        String name = chosen != null && spellings.contains(chosen) ? chosen : preferred;
        Set<String> mergedFrom = new TreeSet<>(before == null ? List.of() : before.mergedFrom());
        mergedFrom.addAll(mergedHere);
        EntityEntry entry = new EntityEntry(id, NameKey.type(main.key()), name).spellings(spellings)
                .counts(mentions, IdSet.union(cluster.stream().map(NameGroup::documents).toList()))
                .coMentioned(coMentioned, EntityEntry.CO_MENTIONED).mergedFrom(mergedFrom).seen(first, last);
        return entry.build();
    }

    /** The entities {@code ids} as indexed, those there, read while the caller goes on. */
    private CompletableFuture<Map<String, EntityRecord>> existingEntities(List<String> ids) {
        return async.mget(m -> m.index(indices.entities()).ids(ids), EntityRecord.class).thenApply(response -> {
            Map<String, EntityRecord> entities = new HashMap<>();
            response.docs().forEach(doc -> {
                if (doc.isResult() && doc.result().found()) {
                    entities.put(doc.result().id(), doc.result().source());
                }
            });
            return entities;
        });
    }

    /**
     * The updates, sent a bulk request at a time as they come, so that none waits in memory for the
     * rest: each goes while the caller makes the next, one at a time, and a refusal fails the next
     * call.
     */
    private final class Batches {

        private List<BulkOperation> pending = new ArrayList<>(BULK);
        private CompletableFuture<BulkResponse> sending;
        private boolean sent;

        void add(BulkOperation operation) {
            pending.add(operation);
            if (pending.size() == BULK) {
                sendNext();
            }
        }

        /** Sends what is left and waits for every answer, then makes what was sent visible to searches. */
        void finish() {
            send();
            if (sent) {
                refresh();
            }
        }

        /** Sends what is left and waits for every answer. */
        void send() {
            sendNext();
            answered();
        }

        private void sendNext() {
            answered();
            if (pending.isEmpty()) {
                return;
            }
            List<BulkOperation> operations = pending;
            pending = new ArrayList<>(BULK);
            sending = async.bulk(BulkRequest.of(b -> b.operations(operations)));
            sent = true;
        }

        /** Waits for the request sent last, if any, and fails on what Elasticsearch refused of it. */
        private void answered() {
            if (sending == null) {
                return;
            }
            BulkResponse response;
            try {
                response = Answers.join(sending, "the entities' update");
            } finally {
                sending = null;
            }
            // A document deleted since its mentions were indexed has nothing to carry: passed over.
            var refused = BulkErrors.refused(response);
            refused.stream().filter(item -> "document_missing_exception".equals(item.error().type()))
                    .forEach(item -> log.warn("No {} in {} to carry its entity ids", item.id(), item.index()));
            refused.stream().filter(item -> !"document_missing_exception".equals(item.error().type()))
                    .findFirst().ifPresent(item -> {
                        throw new IllegalStateException("Elasticsearch refused part of the entities' update: "
                                + item.id() + ": " + Objects.requireNonNull(item.error()).reason());
                    });
        }
    }
}
