package org.dossier.ingest.neardup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

import org.dossier.config.domain.Fingerprint;
import org.dossier.config.elastic.BulkErrors;
import org.dossier.config.elastic.IndexFields;
import org.dossier.ingest.index.IndexUnavailableException;
import org.dossier.ingest.progress.StageTimer;

/**
 * Links near-duplicates: every document not yet compared is looked up by its signature's bands,
 * and when its signature says it shares at least {@link MinHash#THRESHOLD} of its shingles with
 * documents compared before it, it is linked to their cluster: to the cluster's first document
 * (its root), never to every copy. So a story republished a hundred times costs a hundred
 * links and a hundred writes, not five thousand of each, and no document is written again
 * because a copy of it came later: the root's copies are the documents that link to it. Both
 * are kept. It works through what is unchecked, a page at a time, so a run that stops halfway
 * leaves the rest for the next one; linking twice changes nothing.
 */
public class NearDuplicateLinker implements Tasklet {

    /** Step execution context key of the number of documents linked to an earlier one. */
    public static final String LINKED = "nearDuplicates";

    private static final Logger log = LoggerFactory.getLogger(NearDuplicateLinker.class);
    private static final int PAGE = 200;
    /** A text like several clusters (a digest of stories) links to this many of them at most. */
    static final int MAX_ROOTS = 5;
    /** Candidates looked at for each document: enough to meet every cluster it could belong to. */
    static final int CANDIDATES = 20;
    private static final List<String> PAGE_FIELDS =
            List.of(IndexFields.ID, IndexFields.FINGERPRINT, IndexFields.NEAR_DUPLICATES);
    /** A candidate's bands are not needed: only its signature, whether it was compared, and its links. */
    private static final List<String> CANDIDATE_FIELDS = List.of(IndexFields.ID, IndexFields.FINGERPRINT_MINHASH,
            IndexFields.FINGERPRINT_CHECKED, IndexFields.NEAR_DUPLICATES);

    private final ElasticsearchClient client;
    private final String index;

    public NearDuplicateLinker(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    /** A document's id, fingerprint and links: all this step reads. */
    record Candidate(String id, Fingerprint fingerprint, List<String> nearDuplicates) {

        Set<String> links() {
            return nearDuplicates == null ? new LinkedHashSet<>() : new LinkedHashSet<>(nearDuplicates);
        }
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        long start = System.nanoTime();
        try {
            client.indices().refresh(r -> r.index(index));
            // The root of each document compared by this run: the index shows them unchecked until
            // the refresh at the end (refreshing after every page would cost more than the links).
            Map<String, String> rootOf = new HashMap<>();
            String after = null;
            List<Candidate> unchecked;
            while (!(unchecked = unchecked(after)).isEmpty()) {
                Map<String, Set<String>> links = new LinkedHashMap<>();
                List<List<Neighbour>> candidates = candidates(unchecked);
                for (int k = 0; k < unchecked.size(); k++) {
                    Candidate document = unchecked.get(k);
                    Set<String> roots = document.links();
                    for (Neighbour other : candidates.get(k)) {
                        // One not compared yet links to this one when its turn comes.
                        String root = rootOf.containsKey(other.id()) ? rootOf.get(other.id())
                                : other.checked() ? other.root() : null;
                        if (root == null || root.equals(document.id()) || roots.size() >= MAX_ROOTS
                                || MinHash.similarity(document.fingerprint().minhash(), other.minhash())
                                        < MinHash.THRESHOLD) {
                            continue;
                        }
                        roots.add(root);
                    }
                    if (roots.size() > document.links().size()) {
                        context.putLong(LINKED, context.getLong(LINKED, 0) + 1);
                    }
                    rootOf.put(document.id(), roots.isEmpty() ? document.id() : roots.iterator().next());
                    links.put(document.id(), roots);
                }
                // Partial documents, one per document of the page (the embedded server runs no scripts).
                BulkRequest.Builder bulk = new BulkRequest.Builder();
                links.forEach((id, roots) -> bulk.operations(op -> op.update(u -> u.index(index).id(id)
                        .action(a -> a.doc(Map.of(IndexFields.NEAR_DUPLICATES, List.copyOf(roots),
                                IndexFields.FINGERPRINT, Map.of(IndexFields.CHECKED, true)))))));
                BulkResponse response = client.bulk(bulk.build());
                BulkErrors.refused(response).stream().findFirst().ifPresent(i ->
                        log.warn("Could not link near-duplicates of {}: {}", i.id(), i.error().reason()));
                after = unchecked.get(unchecked.size() - 1).id();
            }
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new IndexUnavailableException("Elasticsearch did not answer while linking near-duplicates: "
                    + e.getMessage(), e);
        }
        context.putLong(StageTimer.savedKey("link"), System.nanoTime() - start);
        return RepeatStatus.FINISHED;
    }

    /** The next page of documents not yet compared, in id order after {@code after} (null: from the first). */
    private List<Candidate> unchecked(String after) throws IOException {
        return client.search(s -> {
            s.index(index).size(PAGE)
                    .query(q -> q.term(t -> t.field(IndexFields.FINGERPRINT_CHECKED).value(false)))
                    .sort(o -> o.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)))
                    .source(src -> src.filter(f -> f.includes(PAGE_FIELDS)));
            return after == null ? s : s.searchAfter(FieldValue.of(after));
        }, Candidate.class).hits().hits().stream().map(Hit::source).toList();
    }

    /**
     * A document sharing a band with one being compared, as its doc values give it: its id, its
     * signature's values in ascending order (which {@link MinHash#similarity(List, int[])} takes),
     * whether it was compared, and the first document of its cluster. Doc values, not the
     * document's source: reading the sources of thousands of candidates cost more than the rest of
     * the linking.
     */
    record Neighbour(String id, int[] minhash, boolean checked, String root) {

        static Neighbour of(Map<String, JsonData> fields) {
            String id = strings(fields.get(IndexFields.ID)).get(0);
            int[] minhash = fields.containsKey(IndexFields.FINGERPRINT_MINHASH)
                    ? fields.get(IndexFields.FINGERPRINT_MINHASH).toJson().asJsonArray().stream()
                            .mapToInt(v -> ((JsonNumber) v).intValue()).sorted().toArray()
                    : new int[0];
            boolean checked = fields.containsKey(IndexFields.FINGERPRINT_CHECKED) && fields.get(IndexFields.FINGERPRINT_CHECKED)
                    .toJson().asJsonArray().getBoolean(0);
            List<String> links = strings(fields.get(IndexFields.NEAR_DUPLICATES));
            // Doc values come sorted: a document linked to several clusters names the lowest as its own.
            return new Neighbour(id, minhash, checked, links.isEmpty() ? id : links.get(0));
        }

        private static List<String> strings(JsonData values) {
            return values == null ? List.of()
                    : values.toJson().asJsonArray().getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString).toList();
        }
    }

    /**
     * The documents sharing a band with each of a page's documents, lowest ids first: one
     * multi-search a page. A few suffice: any of a cluster's documents names its root.
     */
    private List<List<Neighbour>> candidates(List<Candidate> documents) throws IOException {
        MsearchResponse<Void> response = client.msearch(m -> {
            for (Candidate document : documents) {
                List<FieldValue> bands = document.fingerprint().bands().stream().map(FieldValue::of).toList();
                m.searches(s -> s.header(h -> h.index(index)).body(b -> b.size(CANDIDATES)
                        .query(q -> q.bool(f -> f
                                .filter(t -> t.terms(terms -> terms.field(IndexFields.FINGERPRINT_BANDS)
                                        .terms(v -> v.value(bands))))
                                .mustNot(n -> n.ids(i -> i.values(document.id())))))
                        // The lowest ids first: this run compares in id order, so those were compared before it.
                        .sort(o -> o.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)))
                        .trackTotalHits(t -> t.enabled(false))
                        .source(src -> src.fetch(false))
                        .docvalueFields(CANDIDATE_FIELDS.stream().map(field -> FieldAndFormat.of(f -> f.field(field))).toList())));
            }
            return m;
        }, Void.class);
        List<List<Neighbour>> candidates = new ArrayList<>();
        for (MultiSearchResponseItem<Void> item : response.responses()) {
            if (item.isFailure()) {
                throw new IOException("near-duplicate candidates: " + item.failure().error().reason());
            }
            candidates.add(item.result().hits().hits().stream().map(hit -> Neighbour.of(hit.fields())).toList());
        }
        return candidates;
    }
}
