package org.dossier.ingest.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.dossier.config.domain.Mention;

/**
 * Stanford CoreNLP's CoNLL 4-class CRF alone (tokenize, ssplit, ner: no part-of-speech, no
 * numeric classifiers, no SUTime), the fastest configuration with the best exact-span F1
 * measured here. Spans are runs of tokens with one label (see {@link TokenSpans}). A blank line ends a sentence, so headlines, datelines, captions and
 * "Source:" lines never run into the text. MISC mentions and junk (no capital letter, a
 * pronoun) are left out.
 */
public class CoreNlpRecognizer implements EntityRecognizer {

    static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    private static final Map<String, String> TYPES = Map.of(
            "PERSON", Mention.PERSON, "ORGANIZATION", Mention.ORGANIZATION, "LOCATION", Mention.LOCATION);
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them", "his",
            "its", "their", "we", "us", "i", "you");

    private final StanfordCoreNLP pipeline;

    public CoreNlpRecognizer() {
        this.pipeline = new StanfordCoreNLP(crfAlone());
    }

    /** The pipeline's settings: the CRF alone, a blank line ending a sentence. */
    public static Properties crfAlone() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,ner");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.model", MODEL);
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.additional.regexner.mapping", "");
        props.setProperty("ner.additional.tokensregex.rules", "");
        props.setProperty("enforceRequirements", "false");
        return props;
    }

    @Override
    public boolean supports(String language) {
        return "en".equals(language);
    }

    @Override
    public List<Mention> recognise(String documentId, String text) {
        CoreDocument document = annotate(text);
        List<Mention> mentions = new ArrayList<>();
        for (TokenSpans.Sentenced sentenced : TokenSpans.of(document, Map.of())) {
            NerSpan span = sentenced.span();
            String type = TYPES.get(span.type());
            String surface = text.substring(span.start(), span.end());
            if (type != null && !isJunk(surface)) {
                mentions.add(Mention.of(documentId, type, surface, span.start(), span.end(),
                        document.sentences().get(sentenced.sentence()).text()));
            }
        }
        return mentions;
    }

    /** Every span kept, MISC included: what an evaluation scores. */
    public List<NerSpan> spans(String text) {
        return TokenSpans.of(annotate(text), Map.of()).stream()
                .map(TokenSpans.Sentenced::span)
                .filter(span -> !isJunk(text.substring(span.start(), span.end())))
                .toList();
    }

    private CoreDocument annotate(String text) {
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        return document;
    }

    private static boolean isJunk(String surface) {
        return surface.chars().noneMatch(Character::isUpperCase) || PRONOUNS.contains(surface.toLowerCase());
    }
}
