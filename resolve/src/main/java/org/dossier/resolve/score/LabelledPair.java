package org.dossier.resolve.score;

import org.dossier.resolve.normalize.NameKind;

/**
 * Two names and whether they name the same person or organisation: an analyst's judgement, or
 * a labelled case of an evaluation set.
 */
public record LabelledPair(String name1, String name2, NameKind kind, boolean same) {
}
