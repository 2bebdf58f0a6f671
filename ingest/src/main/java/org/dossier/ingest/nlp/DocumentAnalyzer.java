package org.dossier.ingest.nlp;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
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
 * an analysis.
 */
public class DocumentAnalyzer implements ItemProcessor<ReadFile, AnalysedFile> {

    private final ElasticsearchClient client;
    private final String index;
    private final LanguageDetection languages;
    private final EntityRecognizer recognizer;
    private final FigureExtractor figures;

    public DocumentAnalyzer(ElasticsearchClient client, String index, LanguageDetection languages,
                            EntityRecognizer recognizer, FigureExtractor figures) {
        this.client = client;
        this.index = index;
        this.languages = languages;
        this.recognizer = recognizer;
        this.figures = figures;
    }

    @Override
    public AnalysedFile process(ReadFile file) {
        return new AnalysedFile(file.documents().map(this::analyse).toList(), file.unread());
    }

    AnalysedDocument analyse(DocumentRecord document) {
        if (isIndexed(document.id())) {
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
        return new AnalysedDocument(document.analysed(language, mentions, note, found, fingerprint), mentions, false);
    }

    private boolean isIndexed(String id) {
        try {
            return client.exists(e -> e.index(index).id(id)).value();
        } catch (IOException e) {
            throw new IndexUnavailableException("Elasticsearch did not answer whether " + id + " is indexed: " + e.getMessage(), e);
        }
    }
}
