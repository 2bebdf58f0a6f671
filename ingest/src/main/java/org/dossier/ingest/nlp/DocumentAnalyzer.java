package org.dossier.ingest.nlp;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.item.ItemProcessor;

import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.domain.Figure;
import org.dossier.config.domain.Fingerprint;
import org.dossier.config.domain.Mention;
import org.dossier.ingest.figures.FigureExtractor;
import org.dossier.ingest.index.AnalysedDocument;
import org.dossier.ingest.index.AnalysedFile;
import org.dossier.ingest.index.IndexUnavailableException;
import org.dossier.ingest.neardup.MinHash;
import org.dossier.ingest.parse.ReadFile;

/**
 * Language, entity mentions and figures of each document a file gave. A document already in
 * the index is passed on untouched: a nightly run over the same files costs a lookup each, not
 * an analysis. Unless it is incomplete: an earlier version wrote a document before its mentions,
 * so a run of it cut off between the two left a document whose people, organisations or places
 * have no mention in the mentions index. Such a document is analysed again, to be repaired.
 */
public class DocumentAnalyzer implements ItemProcessor<ReadFile, AnalysedFile> {

    private final ElasticsearchClient client;
    private final String index;
    private final String mentionIndex;
    private final LanguageDetection languages;
    private final EntityRecognizer recognizer;
    private final FigureExtractor figures;

    public DocumentAnalyzer(ElasticsearchClient client, String index, String mentionIndex, LanguageDetection languages,
                            EntityRecognizer recognizer, FigureExtractor figures) {
        this.client = client;
        this.index = index;
        this.mentionIndex = mentionIndex;
        this.languages = languages;
        this.recognizer = recognizer;
        this.figures = figures;
    }

    @Override
    public AnalysedFile process(ReadFile file) {
        return new AnalysedFile(file.documents().map(this::analyse).toList(), file.unread());
    }

    AnalysedDocument analyse(DocumentRecord document) {
        Indexed indexed = indexed(document.id());
        if (indexed == Indexed.WHOLE) {
            return new AnalysedDocument(document, List.of(), true);
        }
        String language = languages.detect(document.text());
        List<Mention> mentions = List.of();
        String note = null;
        if (recognizer.supports(language)) {
            try {
                mentions = recognizer.recognise(document.id(), document.text());
            } catch (RuntimeException e) {
                // The document stays searchable; the note says why it has no entities.
                note = "entity recognition failed: " + e;
            }
        } else {
            note = "no NER model for " + (language == null ? "an unknown language" : language);
        }
        LocalDate published = document.published() == null ? null
                : LocalDate.ofInstant(document.published(), ZoneOffset.UTC);
        List<Figure> found = List.of();
        try {
            found = figures.extract(document.text(), published);
        } catch (RuntimeException e) {
            // As for entities: the document is indexed, and says why it has no figures.
            note = (note == null ? "" : note + "; ") + "figure extraction failed: " + e;
        }
        List<Integer> signature = MinHash.of(document.text());
        Fingerprint fingerprint = new Fingerprint(signature, MinHash.bands(signature), false);
        return new AnalysedDocument(document.analysed(language, mentions, note, found, fingerprint), mentions, false,
                indexed == Indexed.WITHOUT_ALL_MENTIONS);
    }

    private enum Indexed { NO, WHOLE, WITHOUT_ALL_MENTIONS }

    /** When the run this thread's step belongs to started, or null outside a step. */
    private static Instant runStart() {
        StepContext step = StepSynchronizationManager.getContext();
        LocalDateTime started = step == null ? null : step.getStepExecution().getJobExecution().getStartTime();
        return started == null ? null : started.atZone(ZoneId.systemDefault()).toInstant();
    }

    /** Whether the document is indexed, and if so whether each name it lists has a mention. */
    private Indexed indexed(String id) {
        try {
            GetResponse<Map> found = client.get(g -> g.index(index).id(id)
                    .sourceIncludes(List.of("people", "organizations", "locations", "ingestedAt")), Map.class);
            if (!found.found()) {
                return Indexed.NO;
            }
            // Written by this run, which writes a document after all its mentions (not yet searchable).
            Instant runStart = runStart();
            Object ingestedAt = found.source() == null ? null : found.source().get("ingestedAt");
            if (runStart != null && ingestedAt != null && !Instant.parse(ingestedAt.toString()).isBefore(runStart)) {
                return Indexed.WHOLE;
            }
            Set<String> names = new HashSet<>();
            for (String field : List.of("people", "organizations", "locations")) {
                if (found.source() != null && found.source().get(field) instanceof List<?> listed) {
                    listed.forEach(name -> names.add(String.valueOf(name)));
                }
            }
            if (names.isEmpty()) {
                return Indexed.WHOLE;
            }
            SearchResponse<Void> mentioned = client.search(s -> s.index(mentionIndex).size(0)
                    .query(q -> q.term(t -> t.field("documentId").value(id)))
                    .aggregations("names", a -> a.terms(t -> t.field("normalized").size(names.size() + 1000))),
                    Void.class);
            List<String> withMentions = new ArrayList<>();
            for (StringTermsBucket bucket : mentioned.aggregations().get("names").sterms().buckets().array()) {
                withMentions.add(bucket.key().stringValue());
            }
            return withMentions.containsAll(names) ? Indexed.WHOLE : Indexed.WITHOUT_ALL_MENTIONS;
        } catch (IOException e) {
            throw new IndexUnavailableException("Elasticsearch did not answer whether " + id + " is indexed: " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            throw IndexUnavailableException.of("Elasticsearch could not say whether " + id + " is indexed", e);
        }
    }
}
