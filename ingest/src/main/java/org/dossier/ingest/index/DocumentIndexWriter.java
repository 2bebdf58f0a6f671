package org.dossier.ingest.index;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.BackoffPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.domain.Mention;
import org.dossier.config.elastic.IndexFields;
import org.dossier.config.store.SkipEntry;
import org.dossier.config.store.SkipLedger;
import org.dossier.ingest.progress.RunCounts;
import org.dossier.ingest.progress.StageTimer;
import org.dossier.ingest.source.CursorUpdates;

/**
 * Creates documents under their content id, with their mentions, through the client's bulk
 * ingester: requests are cut by size in bytes, a server that is too busy (429) is retried with
 * backoff, and a chunk counts as written only once Elasticsearch has answered for all of it,
 * so a restarted run neither loses nor repeats a document. The mentions go first and the
 * document last, so that a document in the index is complete: a run cut off between them
 * leaves mentions whose document the next run writes, never a document without mentions. An
 * answer that says the index cannot take writes now (a block, a full disk, a missing shard)
 * fails the chunk the same way, to be tried again.
 * A document whose id is already indexed is a duplicate and is counted, not written again, unless
 * an earlier version left it without all its mentions: those are written, and it counts as
 * indexed and repaired; or unless it came from the same file, written by a try of this chunk
 * whose answer was lost: it counts as indexed. A document the index refuses, or one of whose
 * mentions it refuses, is recorded in the skip ledger with the index's reason, and its
 * mentions are taken back. The chunk's items then go to their source's cursor, in the same
 * transaction.
 */
public class DocumentIndexWriter implements ItemWriter<AnalysedFile> {

    private static final Logger log = LoggerFactory.getLogger(DocumentIndexWriter.class);
    private static final int BAD_REQUEST = 400;
    private static final int CONFLICT = 409;

    private final ElasticsearchClient client;
    private final String index;
    private final String mentionIndex;
    private final SkipLedger skips;
    private final String source;
    private final Clock clock;
    private final long maxBulkBytes;
    private final Duration timeout;
    private final RunCounts counts;
    private final CursorUpdates cursor;

    public DocumentIndexWriter(ElasticsearchClient client, String index, String mentionIndex, SkipLedger skips,
                               String source, Clock clock, long maxBulkBytes, Duration timeout, RunCounts counts,
                               CursorUpdates cursor) {
        this.client = client;
        this.index = index;
        this.mentionIndex = mentionIndex;
        this.skips = skips;
        this.source = source;
        this.clock = clock;
        this.maxBulkBytes = maxBulkBytes;
        this.timeout = timeout;
        this.counts = counts;
        this.cursor = cursor;
    }

    @Override
    public void write(Chunk<? extends AnalysedFile> chunk) throws InterruptedException {
        long start = System.nanoTime();
        List<AnalysedDocument> fresh = documents(chunk).stream().filter(d -> !d.alreadyIndexed()).toList();
        int alreadyIndexed = documents(chunk).size() - fresh.size();
        // Mentions first, each document last: a document in the index has all its mentions, so a
        // run cut off between the two leaves a document to write again, never one without mentions.
        // A document an earlier version left without all its mentions is there: only they are sent.
        List<Result> mentions = requireTaken(send(fresh, true));
        Map<String, String> refused = new HashMap<>();
        mentions.stream().filter(result -> result.item().status() == BAD_REQUEST)
                .forEach(result -> refused.putIfAbsent(result.document().id(),
                        "a mention of it: " + reason(result.item())));
        List<Result> documents = requireTaken(send(fresh.stream()
                .filter(d -> !d.repair() && !refused.containsKey(d.document().id())).toList(), false));
        List<Result> repaired = requireTaken(rename(fresh.stream().filter(AnalysedDocument::repair).toList()));
        Set<String> ownEarlierTries = writtenFromTheSameSource(documents);
        // Counted only now: a chunk that fails and is tried again must not count twice.
        counts.add(RunCounts.DUPLICATES, alreadyIndexed);
        documents.forEach(result -> {
            String reason = recordDocument(result.document(), result.item(),
                    ownEarlierTries.contains(result.document().id()));
            if (reason != null) {
                refused.put(result.document().id(), reason);
            }
        });
        fresh.stream().filter(d -> refused.containsKey(d.document().id()))
                .forEach(d -> refuse(d.document(), refused.get(d.document().id())));
        mentions.stream().filter(result -> !refused.containsKey(result.document().id()))
                .forEach(result -> counts.increment(RunCounts.MENTIONS));
        repaired.forEach(result -> {
            DocumentRecord document = result.document();
            if (result.item().error() != null) {
                log.warn("Index refused the names of repaired {} ({}): {}", document.source(), document.id(),
                        reason(result.item()));
            }
            log.warn("Repaired {} ({}): an earlier run left it without all its mentions, written now",
                    document.source(), document.id());
            counts.increment(RunCounts.INDEXED);
            counts.increment(RunCounts.REPAIRED);
        });
        withdrawMentions(fresh, refused.keySet());
        chunk.forEach(file -> file.unread().forEach(unread -> skip(unread.source(), "parse", unread.reason())));
        cursor.flush();
        StageTimer.add("index", counts, System.nanoTime() - start);
    }

    /**
     * The answers, once none says the index itself cannot take writes now (a write block, a full
     * disk, a shard not there, too busy): those fail the chunk, to be tried again and to fail the
     * run with the index's reason if it lasts, never to leave a document without some of its
     * mentions. What is left is "there already" (409) or the item's own fault (400).
     */
    private static List<Result> requireTaken(List<Result> results) {
        for (Result result : results) {
            BulkResponseItem item = result.item();
            if (item.error() != null && item.status() != CONFLICT && item.status() != BAD_REQUEST) {
                throw new IndexUnavailableException("Elasticsearch did not take " + result.document().source()
                        + " (" + item.status() + "): " + reason(item), null);
            }
        }
        return results;
    }

    /**
     * The documents that were there already (409) and came from the same file: a try of this
     * chunk wrote them and its answer was lost. They count as indexed, not as duplicates.
     */
    private Set<String> writtenFromTheSameSource(List<Result> documents) {
        Map<String, String> sources = new HashMap<>();
        documents.stream().filter(result -> result.item().status() == CONFLICT)
                .forEach(result -> sources.put(result.document().id(), result.document().source()));
        if (sources.isEmpty()) {
            return Set.of();
        }
        try {
            Set<String> own = new HashSet<>();
            client.mget(m -> m.index(index).ids(List.copyOf(sources.keySet()))
                    .sourceIncludes(IndexFields.SOURCE), Map.class).docs().forEach(doc -> {
                if (doc.isResult() && doc.result().found() && doc.result().source() != null
                        && sources.get(doc.result().id()).equals(doc.result().source().get(IndexFields.SOURCE))) {
                    own.add(doc.result().id());
                }
            });
            return own;
        } catch (IOException e) {
            throw new IndexUnavailableException("Elasticsearch did not answer which documents were there: "
                    + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            throw IndexUnavailableException.of("Elasticsearch could not say which documents were there", e);
        }
    }

    /**
     * Sends the documents' mentions, or the documents themselves, and waits for every answer.
     * Both are created, never overwritten: a mention already there from a run cut off before its
     * document (or a duplicate's) stays as it is, with the entity resolve gave it.
     */
    private List<Result> send(List<AnalysedDocument> documents, boolean mentions) throws InterruptedException {
        Answers answers = new Answers();
        int operations = 0;
        try (BulkIngester<DocumentRecord> ingester = ingester(answers)) {
            for (AnalysedDocument analysed : documents) {
                DocumentRecord document = analysed.document();
                if (!mentions) {
                    ingester.add(op -> op.create(c -> c.index(index).id(document.id()).document(document)), document);
                    operations++;
                    continue;
                }
                for (Mention mention : analysed.mentions()) {
                    ingester.add(op -> op.create(c -> c.index(mentionIndex).id(mention.id()).document(mention)),
                            document);
                    operations++;
                }
            }
        }
        // Closing the ingester sent what was left; wait for every answer before going on.
        answers.await(operations, timeout);
        return answers.results;
    }

    /**
     * A repaired document's people, organisations and places become those of the mentions just
     * written for it (an earlier version's rules may have named them otherwise); the rest of it,
     * what resolve added included, stays.
     */
    private List<Result> rename(List<AnalysedDocument> repairs) throws InterruptedException {
        Answers answers = new Answers();
        try (BulkIngester<DocumentRecord> ingester = ingester(answers)) {
            for (AnalysedDocument repair : repairs) {
                DocumentRecord document = repair.document();
                Map<String, Object> names = Map.of("people", document.people(),
                        "organizations", document.organizations(), "locations", document.locations());
                ingester.add(op -> op.update(u -> u.index(index).id(document.id()).action(a -> a.doc(names))),
                        document);
            }
        }
        answers.await(repairs.size(), timeout);
        return answers.results;
    }

    private BulkIngester<DocumentRecord> ingester(Answers answers) {
        return BulkIngester.of(b -> b.client(client)
                .maxSize(maxBulkBytes)
                .maxOperations(-1)
                .maxConcurrentRequests(1)
                .backoffPolicy(BackoffPolicy.exponentialBackoff(200L, 5))
                .listener(answers));
    }

    /**
     * A document the index refused leaves no mentions behind: resolve would make entities of
     * them in a document that does not exist.
     */
    private void withdrawMentions(List<AnalysedDocument> written, Set<String> refused)
            throws InterruptedException {
        if (refused.isEmpty()) {
            return;
        }
        Answers answers = new Answers();
        int operations = 0;
        try (BulkIngester<DocumentRecord> ingester = ingester(answers)) {
            for (AnalysedDocument analysed : written) {
                if (!refused.contains(analysed.document().id())) {
                    continue;
                }
                for (Mention mention : analysed.mentions()) {
                    ingester.add(op -> op.delete(d -> d.index(mentionIndex).id(mention.id())), analysed.document());
                    operations++;
                }
            }
        }
        answers.await(operations, timeout);
    }

    /**
     * Counts a document's answer.
     *
     * @return why the index refused it, or null when it is in the index now (written, or there already)
     */
    private String recordDocument(DocumentRecord document, BulkResponseItem item, boolean ownEarlierTry) {
        if (item.error() == null || ownEarlierTry) {
            counts.increment(RunCounts.INDEXED);
        } else if (item.status() == CONFLICT) {
            counts.increment(RunCounts.DUPLICATES);
            log.debug("Already indexed: {} ({})", document.source(), document.id());
        } else {
            return reason(item);
        }
        return null;
    }

    /** A document the index refused, or one of whose mentions it refused, is a skip with the index's reason. */
    private void refuse(DocumentRecord document, String reason) {
        counts.increment(RunCounts.REFUSED);
        log.warn("Index refused {} ({}): {}", document.source(), document.id(), reason);
        skips.record(new SkipEntry(runId(), source, document.source(), "index", reason, clock.instant()));
    }

    private static String reason(BulkResponseItem item) {
        return item.error().type() + ": " + item.error().reason();
    }

    /** The run this partition belongs to, for the skip ledger. */
    private static Long runId() {
        return StepSynchronizationManager.getContext().getStepExecution().getJobExecutionId();
    }

    private static List<AnalysedDocument> documents(Chunk<? extends AnalysedFile> chunk) {
        return chunk.getItems().stream().flatMap(file -> file.documents().stream()).toList();
    }

    /** A file inside another that could not be read is a skip like any other, recorded as its chunk commits. */
    private void skip(String item, String stage, String reason) {
        log.warn("Skipped {} at {}: {}", item, stage, reason);
        skips.record(new SkipEntry(runId(), source, item, stage, reason, clock.instant()));
        counts.skipped(reason);
    }

    private record Result(DocumentRecord document, BulkResponseItem item) {
    }

    /** Collects the ingester's answers, which arrive on its own threads. */
    private static final class Answers implements BulkListener<DocumentRecord> {

        private final List<Result> results = new ArrayList<>();
        private int answered;
        private Throwable failure;

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<DocumentRecord> contexts) {
        }

        @Override
        public synchronized void afterBulk(long executionId, BulkRequest request, List<DocumentRecord> contexts,
                                           BulkResponse response) {
            for (int k = 0; k < response.items().size(); k++) {
                results.add(new Result(contexts.get(k), response.items().get(k)));
            }
            answered += contexts.size();
            notifyAll();
        }

        @Override
        public synchronized void afterBulk(long executionId, BulkRequest request, List<DocumentRecord> contexts,
                                           Throwable failure) {
            this.failure = failure;
            answered += contexts.size();
            notifyAll();
        }

        synchronized void await(int operations, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (answered < operations && failure == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IndexUnavailableException("Elasticsearch did not answer a bulk of " + operations
                            + " operations within " + timeout.toSeconds() + " s", null);
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            if (failure != null) {
                throw new IndexUnavailableException("Elasticsearch did not take a bulk of " + operations
                        + " operations: " + describe(failure), failure);
            }
        }

        private static String describe(Throwable failure) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        }
    }
}
