package org.dossier.ingest.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.LanguageInfo;
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

    /**
     * What Datashare runs on English text, as ICIJ/datashare builds it in
     * datashare-nlp-corenlp/src/main/java/org/icij/datashare/text/nlp/corenlp/models/CoreNlpModels.java
     * (loadModelFile) and .../text/nlp/corenlp/CorenlpPipeline.java (processPipeline), from release
     * 20.3.0 to 21.18.0 (commit 446aa50a) at least: CoreNLP's own English properties file, then annotators
     * tokenize,ner with SUTime, the numeric classifiers and the fine-grained labels off. That
     * leaves the three cased CRFs CoreNLP combines by default (3-class, MUC 7-class, CoNLL 4-class),
     * without part of speech. Its entities are the pipeline's entity mentions, which include the
     * pronouns CoreNLP labels PERSON ("he", "she"): Datashare files those too. MISC stays MISC
     * (Datashare files it as UNKNOWN). With {@code pretokenised}, it reads the same tokens as the
     * other two systems. (Releases 19.2.1 to 20.2 set english.all.3class.caseless.distsim alone, a
     * model of the models-english artifact, not of the models jar on our classpath.)
     */
    static NerSystem datashare(boolean pretokenised) {
        Properties props = new Properties();
        String file = LanguageInfo.getLanguagePropertiesFile("english");
        try (InputStream in = NerSystem.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is not on the classpath: the CoreNLP models jar is missing");
            }
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("annotators", "tokenize,ner");
        props.setProperty("ner.applyFineGrained", "false");
        if (pretokenised) {
            CoreNlpRecognizer.pretokenised(props);
        }
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props, true);
        return new NerSystem() {
            public String name() {
                return "datashare";
            }

            public List<NerSpan> spans(String text) {
                return pipeline.processToCoreDocument(text).entityMentions().stream()
                        .map(m -> new NerSpan(m.charOffsets().first(), m.charOffsets().second(), m.entityType()))
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
