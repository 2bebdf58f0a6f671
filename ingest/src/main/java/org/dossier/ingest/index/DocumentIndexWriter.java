package org.dossier.ingest.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.domain.Mention;
import org.dossier.config.store.SkipEntry;
import org.dossier.config.store.SkipLedger;

/**
 * Bulk-creates documents under their content id, with their mentions. A document whose id is
 * already indexed is a duplicate and is counted, not written again; a document the index
 * refuses is recorded in the skip ledger with the index's reason.
 */
public class DocumentIndexWriter implements ItemWriter<AnalysedDocument>, StepExecutionListener {

    /** Step execution context keys of the counts this writer keeps. */
    public static final String INDEXED = "indexed";
    public static final String DUPLICATES = "duplicates";
    public static final String REFUSED = "refused";
    public static final String MENTIONS = "mentions";

    private static final Logger log = LoggerFactory.getLogger(DocumentIndexWriter.class);

    private final ElasticsearchClient client;
    private final String index;
    private final String mentionIndex;
    private final SkipLedger skips;
    private final String source;
    private final Clock clock;
    private StepExecution stepExecution;

    public DocumentIndexWriter(ElasticsearchClient client, String index, String mentionIndex, SkipLedger skips,
                               String source, Clock clock) {
        this.client = client;
        this.index = index;
        this.mentionIndex = mentionIndex;
        this.skips = skips;
        this.source = source;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.stepExecution = stepExecution;
    }

    /** Makes the run's documents searchable as soon as the job ends, not a refresh interval later. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        try {
            client.indices().refresh(r -> r.index(index, mentionIndex));
        } catch (IOException e) {
            log.warn("Could not refresh {}; new documents appear within a second anyway", index, e);
        }
        return null;
    }

    @Override
    public void write(Chunk<? extends AnalysedDocument> chunk) {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        // What each bulk operation is about: the document, or null for a mention.
        List<DocumentRecord> operations = new ArrayList<>();
        for (AnalysedDocument analysed : chunk) {
            if (analysed.alreadyIndexed()) {
                count(DUPLICATES);
                continue;
            }
            DocumentRecord document = analysed.document();
            bulk.operations(op -> op.create(c -> c.index(index).id(document.id()).document(document)));
            operations.add(document);
            for (Mention mention : analysed.mentions()) {
                bulk.operations(op -> op.index(i -> i.index(mentionIndex).id(mention.id()).document(mention)));
                operations.add(null);
            }
        }
        if (operations.isEmpty()) {
            return;
        }
        BulkResponse response;
        try {
            response = client.bulk(bulk.build());
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not take a bulk of " + operations.size() + " operations", e);
        }
        for (int k = 0; k < response.items().size(); k++) {
            BulkResponseItem item = response.items().get(k);
            DocumentRecord document = operations.get(k);
            if (document == null) {
                if (item.error() == null) {
                    count(MENTIONS);
                } else {
                    log.warn("Index refused mention {}: {}", item.id(), item.error().reason());
                }
            } else if (item.error() == null) {
                count(INDEXED);
            } else if (item.status() == 409) {
                count(DUPLICATES);
                log.debug("Already indexed: {} ({})", document.source(), document.id());
            } else {
                count(REFUSED);
                String reason = item.error().type() + ": " + item.error().reason();
                log.warn("Index refused {} ({}): {}", document.source(), document.id(), reason);
                skips.record(new SkipEntry(stepExecution.getJobExecutionId(), source, document.source(), "index",
                        reason, clock.instant()));
            }
        }
    }

    private void count(String key) {
        if (stepExecution != null) {
            var context = stepExecution.getExecutionContext();
            context.putLong(key, context.getLong(key, 0) + 1);
        }
    }
}
