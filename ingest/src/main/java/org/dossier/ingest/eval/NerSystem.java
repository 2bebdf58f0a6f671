package org.dossier.ingest.eval;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.dossier.ingest.nlp.CoreNlpRecognizer;
import org.dossier.ingest.nlp.NerSpan;
import org.dossier.ingest.nlp.TokenSpans;

/** A named-entity recogniser under test: ours, or a CoreNLP configuration to compare it with. */
public interface NerSystem {

    String name();

    List<NerSpan> spans(String text);

    /** Dossier's recogniser, as the ingest job runs it; with {@code pretokenised}, reading the same tokens as the CRF baseline. */
    static NerSystem dossier(boolean pretokenised) {
        CoreNlpRecognizer recognizer = pretokenised ? CoreNlpRecognizer.pretokenised() : new CoreNlpRecognizer();
        return new NerSystem() {
            public String name() {
                return "dossier";
            }

            public List<NerSpan> spans(String text) {
                return recognizer.spans(text);
            }
        };
    }

    /**
     * The CoNLL 4-class CRF alone; with {@code pretokenised}, over text whose tokens are separated
     * by spaces and sentences by line breaks, as it was measured on CoNLL.
     */
    static NerSystem crf4Class(boolean pretokenised) {
        Properties props = CoreNlpRecognizer.crfAlone();
        if (pretokenised) {
            CoreNlpRecognizer.pretokenised(props);
        }
        return coreNlp("crf-4class", props, Map.of());
    }

    /** CoreNLP's default English NER (three CRFs, fine-grained labels, numbers, SUTime), as Datashare runs it. */
    static NerSystem datashare() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return coreNlp("datashare", props, Map.of("CITY", "LOCATION", "COUNTRY", "LOCATION",
                "STATE_OR_PROVINCE", "LOCATION", "NATIONALITY", "MISC", "RELIGION", "MISC"));
    }

    private static NerSystem coreNlp(String name, Properties props, Map<String, String> labels) {
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        return new NerSystem() {
            public String name() {
                return name;
            }

            public List<NerSpan> spans(String text) {
                CoreDocument document = new CoreDocument(text);
                pipeline.annotate(document);
                return TokenSpans.of(document, labels).stream().map(TokenSpans.Sentenced::span).toList();
            }
        };
    }
}
