package org.dossier.ingest.neardup;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
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
 * Links near-duplicates: every document not yet compared is looked up by its signature's
 * bands, and each one whose signature says they share at least {@link MinHash#THRESHOLD} of
 * their shingles is linked to it on both sides. Both are kept. It works through what is unchecked, a page at a time, so a run that
 * stops halfway leaves the rest for the next one; linking twice changes nothing.
 */
public class NearDuplicateLinker implements Tasklet {

    /** Step execution context key of the number of pairs linked. */
    public static final String LINKED = "nearDuplicates";

    private static final Logger log = LoggerFactory.getLogger(NearDuplicateLinker.class);
    private static final int PAGE = 200;
    private static final List<String> CANDIDATE_FIELDS =
            List.of(IndexFields.ID, IndexFields.FINGERPRINT, IndexFields.NEAR_DUPLICATES);

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
            Set<String> done = new HashSet<>();
            List<Candidate> unchecked;
            while (!(unchecked = unchecked()).isEmpty()) {
                if (unchecked.stream().allMatch(c -> done.contains(c.id()))) {
                    log.warn("{} documents could not be marked as checked for near-duplicates", unchecked.size());
                    break;
                }
                // Each document's whole list of links, as it will be after this page: updates are
                // partial documents (the embedded server runs no scripts), one per document.
                Map<String, Set<String>> links = new LinkedHashMap<>();
                List<List<Candidate>> candidates = candidates(unchecked);
                for (int k = 0; k < unchecked.size(); k++) {
                    Candidate document = unchecked.get(k);
                    done.add(document.id());
                    Set<String> own = links.computeIfAbsent(document.id(), id -> document.links());
                    for (Candidate other : candidates.get(k)) {
                        if (MinHash.similarity(document.fingerprint().minhash(), other.fingerprint().minhash())
                                < MinHash.THRESHOLD) {
                            continue;
                        }
                        // A pair counts once: when the second of its documents is checked.
                        if (other.fingerprint().checked() || done.contains(other.id())) {
                            context.putLong(LINKED, context.getLong(LINKED, 0) + 1);
                        }
                        own.add(other.id());
                        links.computeIfAbsent(other.id(), id -> other.links()).add(document.id());
                    }
                }
                Set<String> page = unchecked.stream().map(Candidate::id).collect(Collectors.toSet());
                BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
                links.forEach((id, near) -> {
                    Map<String, Object> update = page.contains(id)
                            ? Map.of(IndexFields.NEAR_DUPLICATES, List.copyOf(near),
                                    IndexFields.FINGERPRINT, Map.of(IndexFields.CHECKED, true))
                            : Map.of(IndexFields.NEAR_DUPLICATES, List.copyOf(near));
                    bulk.operations(op -> op.update(u -> u.index(index).id(id).action(a -> a.doc(update))));
                });
                BulkResponse response = client.bulk(bulk.build());
                BulkErrors.refused(response).stream().findFirst().ifPresent(i ->
                        log.warn("Could not link near-duplicates of {}: {}", i.id(), i.error().reason()));
            }
        } catch (IOException e) {
            throw new IndexUnavailableException("Elasticsearch did not answer while linking near-duplicates: "
                    + e.getMessage(), e);
        }
        context.putLong(StageTimer.savedKey("link"), System.nanoTime() - start);
        return RepeatStatus.FINISHED;
    }

    private List<Candidate> unchecked() throws IOException {
        return client.search(s -> s.index(index).size(PAGE)
                .query(q -> q.term(t -> t.field(IndexFields.FINGERPRINT_CHECKED).value(false)))
                .sort(o -> o.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)))
                .source(src -> src.filter(f -> f.includes(CANDIDATE_FIELDS))), Candidate.class)
                .hits().hits().stream().map(Hit::source).toList();
    }

    /** The documents sharing a band with each of a page's documents: one multi-search a page. */
    private List<List<Candidate>> candidates(List<Candidate> documents) throws IOException {
        MsearchResponse<Candidate> response = client.msearch(m -> {
            for (Candidate document : documents) {
                List<FieldValue> bands = document.fingerprint().bands().stream().map(FieldValue::of).toList();
                m.searches(s -> s.header(h -> h.index(index)).body(b -> b.size(100)
                        .query(q -> q.bool(f -> f
                                .filter(t -> t.terms(terms -> terms.field(IndexFields.FINGERPRINT_BANDS)
                                        .terms(v -> v.value(bands))))
                                .mustNot(n -> n.ids(i -> i.values(document.id())))))
                        .source(src -> src.filter(f -> f.includes(CANDIDATE_FIELDS)))));
            }
            return m;
        }, Candidate.class);
        List<List<Candidate>> candidates = new ArrayList<>();
        for (MultiSearchResponseItem<Candidate> item : response.responses()) {
            if (item.isFailure()) {
                throw new IOException("near-duplicate candidates: " + item.failure().error().reason());
            }
            candidates.add(item.result().hits().hits().stream().map(Hit::source).toList());
        }
        return candidates;
    }
}
