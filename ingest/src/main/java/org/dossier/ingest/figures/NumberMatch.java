package org.dossier.ingest.figures;

/**
 * A number found in a token list.
 *
 * @param first index of its first token
 * @param last index of its last token
 * @param value its value
 * @param suffix letters glued to its digits that are not a scale ({@code usd} in 115usd), or null
 */
record NumberMatch(int first, int last, double value, String suffix) {

    NumberMatch extendedTo(int newLast, double newValue) {
        return new NumberMatch(first, newLast, newValue, suffix);
    }
}
