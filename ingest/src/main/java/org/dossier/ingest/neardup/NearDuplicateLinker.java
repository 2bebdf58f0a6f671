package org.dossier.ingest.neardup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
 * <p>
 * The documents compared before one are those of earlier runs, which the index gives for a
 * whole page in one search on the page's bands, and those this run compared, which it keeps
 * (their signatures and roots, until {@link #REMEMBERED} of them, when the index is refreshed so
 * that it gives them instead): a search per document cost Elasticsearch more than the rest of
 * the linking.
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
    /** Documents compared by this run kept to compare later ones with; beyond, the index gives them. */
    static final int REMEMBERED = 20_000;
    /** The most documents of earlier runs one page's search gives; beyond, a search for each document. */
    static final int PAGE_CANDIDATES = 5_000;
    /** What linking reads of a document: its id, signature, bands and links, all from doc values. */
    private static final List<String> CANDIDATE_FIELDS = List.of(IndexFields.ID, IndexFields.FINGERPRINT_MINHASH,
            IndexFields.FINGERPRINT_BANDS, IndexFields.NEAR_DUPLICATES);

    private final ElasticsearchClient client;
    private final String index;
    private final int page;
    private final int remembered;
    private final int pageCandidates;

    public NearDuplicateLinker(ElasticsearchClient client, String index) {
        this(client, index, PAGE, REMEMBERED, PAGE_CANDIDATES);
    }

    NearDuplicateLinker(ElasticsearchClient client, String index, int page, int remembered, int pageCandidates) {
        this.client = client;
        this.index = index;
        this.page = page;
        this.remembered = remembered;
        this.pageCandidates = pageCandidates;
    }

    /** A document's id, fingerprint and links: all this step reads. */
    record Candidate(String id, Fingerprint fingerprint, List<String> nearDuplicates) {

        /** From a hit's doc values (its links in ascending order, its signature's values too). */
        static Candidate of(Map<String, JsonData> fields) {
            List<Integer> minhash = fields.containsKey(IndexFields.FINGERPRINT_MINHASH)
                    ? fields.get(IndexFields.FINGERPRINT_MINHASH).toJson().asJsonArray().stream()
                            .map(v -> ((JsonNumber) v).intValue()).toList()
                    : List.of();
            return new Candidate(Neighbour.strings(fields.get(IndexFields.ID)).get(0),
                    new Fingerprint(minhash, Neighbour.strings(fields.get(IndexFields.FINGERPRINT_BANDS)), false),
                    Neighbour.strings(fields.get(IndexFields.NEAR_DUPLICATES)));
        }

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
            // it is refreshed (refreshing after every page would cost more than the links).
            Map<String, String> rootOf = new HashMap<>();
            Compared compared = new Compared();
            String after = null;
            List<Candidate> unchecked;
            while (!(unchecked = unchecked(after)).isEmpty()) {
                Map<String, Set<String>> links = new LinkedHashMap<>();
                List<List<Neighbour>> earlier = comparedBefore(unchecked);
                for (int k = 0; k < unchecked.size(); k++) {
                    Candidate document = unchecked.get(k);
                    Set<String> roots = document.links();
                    for (Neighbour other : lowestFirst(earlier.get(k), compared.sharingABand(document))) {
                        String root = rootOf.getOrDefault(other.id(), other.root());
                        if (other.id().equals(document.id()) || root.equals(document.id()) || roots.size() >= MAX_ROOTS
                                || MinHash.similarity(document.fingerprint().minhash(), other.minhash())
                                        < MinHash.THRESHOLD) {
                            continue;
                        }
                        roots.add(root);
                    }
                    if (roots.size() > document.links().size()) {
                        context.putLong(LINKED, context.getLong(LINKED, 0) + 1);
                    }
                    String root = roots.isEmpty() ? document.id() : roots.iterator().next();
                    rootOf.put(document.id(), root);
                    compared.add(document, root);
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
                if (compared.size() >= remembered) {
                    // What this run compared is searchable from now on as compared: no longer kept.
                    client.indices().refresh(r -> r.index(index));
                    compared.clear();
                }
            }
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new IndexUnavailableException("Elasticsearch did not answer while linking near-duplicates: "
                    + e.getMessage(), e);
        }
        context.putLong(StageTimer.savedKey("link"), System.nanoTime() - start);
        return RepeatStatus.FINISHED;
    }

    /** The first {@link #CANDIDATES} of two lists of documents, by id, each once. */
    private static List<Neighbour> lowestFirst(List<Neighbour> a, List<Neighbour> b) {
        TreeMap<String, Neighbour> all = new TreeMap<>();
        a.forEach(n -> all.putIfAbsent(n.id(), n));
        b.forEach(n -> all.putIfAbsent(n.id(), n));
        return all.values().stream().limit(CANDIDATES).toList();
    }

    /** The documents this run compared and still keeps, found by their bands. */
    private static final class Compared {

        private final Map<String, List<Neighbour>> byBand = new HashMap<>();
        private int size;

        void add(Candidate document, String root) {
            int[] sorted = document.fingerprint().minhash().stream().mapToInt(Integer::intValue).sorted().toArray();
            Neighbour neighbour = new Neighbour(document.id(), sorted, root);
            for (String band : document.fingerprint().bands()) {
                byBand.computeIfAbsent(band, b -> new ArrayList<>(2)).add(neighbour);
            }
            size++;
        }

        List<Neighbour> sharingABand(Candidate document) {
            List<Neighbour> found = new ArrayList<>();
            for (String band : document.fingerprint().bands()) {
                found.addAll(byBand.getOrDefault(band, List.of()));
            }
            return found;
        }

        int size() {
            return size;
        }

        void clear() {
            byBand.clear();
            size = 0;
        }
    }

    /**
     * The next page of documents not yet compared, in id order after {@code after} (null: from the
     * first), read from doc values: their sources, which hold their whole text, are never read.
     */
    private List<Candidate> unchecked(String after) throws IOException {
        return client.search(s -> {
            s.index(index).size(page)
                    .query(q -> q.term(t -> t.field(IndexFields.FINGERPRINT_CHECKED).value(false)))
                    .sort(o -> o.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)))
                    .trackTotalHits(t -> t.enabled(false))
                    .source(src -> src.fetch(false))
                    .docvalueFields(docValues());
            return after == null ? s : s.searchAfter(FieldValue.of(after));
        }, Void.class).hits().hits().stream().map(hit -> Candidate.of(hit.fields())).toList();
    }

    private static List<FieldAndFormat> docValues() {
        return CANDIDATE_FIELDS.stream().map(field -> FieldAndFormat.of(f -> f.field(field))).toList();
    }

    /**
     * A document compared before, sharing a band with one being compared, as its doc values give
     * it: its id, its signature's values in ascending order (which
     * {@link MinHash#similarity(List, int[])} takes), and the first document of its cluster. Doc
     * values, not the document's source: reading the sources of thousands of candidates cost more
     * than the rest of the linking.
     */
    record Neighbour(String id, int[] minhash, String root) {

        static Neighbour of(Map<String, JsonData> fields) {
            String id = strings(fields.get(IndexFields.ID)).get(0);
            int[] minhash = fields.containsKey(IndexFields.FINGERPRINT_MINHASH)
                    ? fields.get(IndexFields.FINGERPRINT_MINHASH).toJson().asJsonArray().stream()
                            .mapToInt(v -> ((JsonNumber) v).intValue()).sorted().toArray()
                    : new int[0];
            List<String> links = strings(fields.get(IndexFields.NEAR_DUPLICATES));
            // Doc values come sorted: a document linked to several clusters names the lowest as its own.
            return new Neighbour(id, minhash, links.isEmpty() ? id : links.get(0));
        }

        private static List<String> strings(JsonData values) {
            return values == null ? List.of()
                    : values.toJson().asJsonArray().getValuesAs(JsonString.class).stream()
                            .map(JsonString::getString).toList();
        }
    }

    /**
     * For each of a page's documents, the documents compared by earlier runs (or by this one
     * before the index was last refreshed) that share a band with it, lowest ids first: one
     * search for the whole page on all its bands, or, when that finds more than
     * {@code pageCandidates}, a multi-search of one search a document.
     */
    private List<List<Neighbour>> comparedBefore(List<Candidate> documents) throws IOException {
        Set<String> bands = new LinkedHashSet<>();
        documents.forEach(document -> bands.addAll(document.fingerprint().bands()));
        List<List<Neighbour>> found = new ArrayList<>();
        if (bands.isEmpty()) {
            documents.forEach(document -> found.add(List.of()));
            return found;
        }
        List<Hit<Void>> hits = compared(List.of(List.copyOf(bands)), pageCandidates + 1).get(0);
        if (hits.size() <= pageCandidates) {
            Map<String, List<Neighbour>> byBand = new HashMap<>();
            for (Hit<Void> hit : hits) {
                Neighbour neighbour = Neighbour.of(hit.fields());
                Neighbour.strings(hit.fields().get(IndexFields.FINGERPRINT_BANDS))
                        .forEach(band -> byBand.computeIfAbsent(band, b -> new ArrayList<>()).add(neighbour));
            }
            for (Candidate document : documents) {
                List<Neighbour> sharing = new ArrayList<>();
                document.fingerprint().bands().forEach(band -> sharing.addAll(byBand.getOrDefault(band, List.of())));
                found.add(sharing);
            }
            return found;
        }
        for (List<Hit<Void>> each : compared(documents.stream().map(d -> d.fingerprint().bands()).toList(), CANDIDATES)) {
            found.add(each.stream().map(hit -> Neighbour.of(hit.fields())).toList());
        }
        return found;
    }

    /**
     * For each list of bands, the first {@code size} documents compared before (by an earlier
     * run, or by this one before the last refresh) that have one of them, lowest ids first: one
     * multi-search.
     */
    private List<List<Hit<Void>>> compared(List<List<String>> bandsEach, int size) throws IOException {
        MsearchResponse<Void> response = client.msearch(m -> {
            for (List<String> bands : bandsEach) {
                List<FieldValue> terms = bands.stream().map(FieldValue::of).toList();
                m.searches(s -> s.header(h -> h.index(index)).body(b -> b.size(size)
                        .query(q -> q.bool(f -> f
                                .filter(t -> t.terms(in -> in.field(IndexFields.FINGERPRINT_BANDS).terms(v -> v.value(terms))))
                                .filter(t -> t.term(c -> c.field(IndexFields.FINGERPRINT_CHECKED).value(true)))))
                        .sort(o -> o.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)))
                        .trackTotalHits(t -> t.enabled(false))
                        .source(src -> src.fetch(false))
                        .docvalueFields(docValues())));
            }
            return m;
        }, Void.class);
        List<List<Hit<Void>>> found = new ArrayList<>();
        for (MultiSearchResponseItem<Void> item : response.responses()) {
            if (item.isFailure()) {
                var error = item.failure().error();
                throw new IOException("near-duplicate candidates: " + error.reason()
                        + error.rootCause().stream().map(cause -> " (" + cause.reason() + ")").findFirst().orElse(""));
            }
            found.add(item.result().hits().hits());
        }
        return found;
    }
}
