package org.dossier.eval.ingest;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

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
                if (!Boolean.getBoolean("verbose")) {
                    return recognizer.spans(text);
                }
                // Each span a rule dropped or changed, with its reason, so that a wrong rule can be found.
                CoreNlpRecognizer.Explained explained = recognizer.explained(text);
                explained.reasons().forEach(line -> System.out.println("  rule " + line));
                return explained.spans();
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

    /** The caseless CRF Datashare loads for English, a model of CoreNLP's models-english artifact. */
    Set<String> PLACE_LABELS = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE");

    String DATASHARE_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.caseless.distsim.crf.ser.gz";

    /**
     * What Datashare runs on English text, as ICIJ/datashare builds it in datashare-nlp-corenlp:
     * CoreNlpNerModels sets {@code ner.model} to the caseless 3-class CRF alone, and
     * CoreNlpPipelineModels turns SUTime and the numeric classifiers off and leaves the fine-grained
     * labels on. The part-of-speech tagger is left out, so CoreNLP's check that the fine-grained
     * rules have lemmas is off (they match on the words instead). Its
     * entities are the pipeline's entity mentions (pronouns labelled PERSON included, which Datashare
     * files too). With {@code pretokenised}, it reads the same tokens as the other two systems.
     */
    static NerSystem datashare(boolean pretokenised) {
        // The fine-grained labels split places; they are scored as the place they are.
        if (NerSystem.class.getClassLoader().getResource(DATASHARE_MODEL) == null) {
            throw new IllegalStateException(DATASHARE_MODEL + " is not on the classpath: the CoreNLP models-english jar is missing");
        }
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,ner");
        props.setProperty("ner.model", DATASHARE_MODEL);
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "true");
        if (pretokenised) {
            CoreNlpRecognizer.pretokenised(props);
        }
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props, false);
        return new NerSystem() {
            public String name() {
                return "datashare";
            }

            public List<NerSpan> spans(String text) {
                return pipeline.processToCoreDocument(text).entityMentions().stream()
                        .map(m -> new NerSpan(m.charOffsets().first(), m.charOffsets().second(),
                                PLACE_LABELS.contains(m.entityType()) ? "LOCATION" : m.entityType()))
                        .toList();
            }
        };
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
