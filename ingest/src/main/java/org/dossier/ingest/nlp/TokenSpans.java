package org.dossier.ingest.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * Entity spans read off the tokens' NER labels: a run of tokens with the same label in one
 * sentence is one span, as conlleval reads CoreNLP's IO output. Unlike CoreNLP's entity
 * mentions, this adds no pronouns.
 */
public final class TokenSpans {

    private TokenSpans() {
    }

    /** The spans with their sentence index, labels renamed through {@code labels} (others kept as they are). */
    public static List<Sentenced> of(CoreDocument document, Map<String, String> labels) {
        List<Sentenced> spans = new ArrayList<>();
        List<CoreSentence> sentences = document.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            String open = null;
            int start = 0;
            int end = 0;
            for (CoreLabel token : sentences.get(s).tokens()) {
                String tag = token.ner() == null ? "O" : labels.getOrDefault(token.ner(), token.ner());
                if (!tag.equals(open)) {
                    if (open != null && !open.equals("O")) {
                        spans.add(new Sentenced(new NerSpan(start, end, open), s));
                    }
                    open = tag;
                    start = token.beginPosition();
                }
                end = token.endPosition();
            }
            if (open != null && !open.equals("O")) {
                spans.add(new Sentenced(new NerSpan(start, end, open), s));
            }
        }
        return spans;
    }

    /** A span and the index of the sentence it is in. */
    public record Sentenced(NerSpan span, int sentence) {
    }
}
