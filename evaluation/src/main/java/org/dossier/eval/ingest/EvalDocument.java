package org.dossier.eval.ingest;

import java.util.Set;

import org.dossier.ingest.nlp.NerSpan;

/**
 * A text with its gold entity spans.
 *
 * @param text the text, tokens separated by spaces where the source was tokenised
 * @param gold the spans a system should find, types PERSON, ORGANIZATION, LOCATION or MISC
 * @param tokens how many tokens it has, for throughput
 */
record EvalDocument(String text, Set<NerSpan> gold, int tokens) {
}
