package org.dossier.search.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import org.springframework.stereotype.Service;

import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.domain.FileName;
import org.dossier.config.domain.Mention;
import org.dossier.config.elastic.Answers;
import org.dossier.config.elastic.IndexFields;
import org.dossier.config.elastic.IndexNames;
import org.dossier.search.query.Params;
import org.dossier.search.system.NotFoundException;

/** Reads one document and its mentions. */
@Service
public class DocumentReader {

    /** A document has at most this many mentions shown; longer ones are rare and cut. */
    static final int MAX_MENTIONS = 10_000;
    /** A story republished hundreds of times lists this many of its copies. */
    static final int MAX_COPIES = 50;

    private final ElasticsearchClient client;
    private final ElasticsearchAsyncClient async;
    private final IndexNames indices;

    public DocumentReader(ElasticsearchClient client, IndexNames indices) {
        this.client = client;
        this.async = new ElasticsearchAsyncClient(client._transport());
        this.indices = indices;
    }

    /**
     * The document, its mentions and its copies are read at once. Near-duplicates are linked to
     * the first document of their cluster only, so a document's near-duplicates are those it links
     * to and those that link to it.
     */
    public DocumentDetail read(String given) {
        String id = Params.id("document id", given);
        try {
            CompletableFuture<List<DocumentDetail.MentionSpan>> mentions = async.search(s -> s.index(indices.mentions())
                            .size(MAX_MENTIONS)
                            .query(q -> q.term(t -> t.field(IndexFields.DOCUMENT_ID).value(id)))
                            .sort(o -> o.field(f -> f.field(IndexFields.START).order(SortOrder.Asc)))
                            .source(src -> src.filter(f -> f.excludes(IndexFields.SENTENCE))), Mention.class)
                    .thenApply(found -> found.hits().hits().stream()
                            .map(h -> h.source())
                            // A concept the document defines is kept for resolving, not shown as a name.
                            .filter(m -> !Mention.CONCEPT.equals(m.type()))
                            .map(m -> new DocumentDetail.MentionSpan(m.type(), m.text(), m.start(), m.end(),
                                    m.entityId()))
                            .toList());
            CompletableFuture<List<String>> copies = async.search(s -> s.index(indices.documents())
                            .size(MAX_COPIES)
                            .query(q -> q.term(t -> t.field(IndexFields.NEAR_DUPLICATES).value(id)))
                            .sort(o -> o.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)))
                            .source(src -> src.fetch(false)), Void.class)
                    .thenApply(found -> found.hits().hits().stream().map(h -> h.id()).toList());
            GetResponse<DocumentRecord> got = client.get(g -> g.index(indices.documents()).id(id)
                    .sourceExcludes(IndexFields.FINGERPRINT), DocumentRecord.class);
            if (!got.found() || got.source() == null) {
                throw new NotFoundException("no document with id " + id);
            }
            DocumentRecord doc = got.source();
            return new DocumentDetail(doc.id(), FileName.titleOr(doc.title(), doc.source()), doc.source(), doc.site(),
                    doc.kind(), doc.authors(), doc.contentType(), doc.size(), doc.language(), doc.published(), doc.ingestedAt(), doc.parent(),
                    nearDuplicates(doc, Answers.join(copies, "a read of document " + id)), doc.nlpNote(), doc.text(), Answers.join(mentions, "a read of document " + id),
                    doc.figures() == null ? List.of() : doc.figures());
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer a read of document " + id, e);
        }
    }

    private static List<String> nearDuplicates(DocumentRecord doc, List<String> copies) {
        Set<String> all = new LinkedHashSet<>(doc.nearDuplicates() == null ? List.of() : doc.nearDuplicates());
        all.addAll(copies);
        return List.copyOf(all);
    }
}
