package org.dossier.eval.resolve.match;

/**
 * Two records compared: each comparison's level and, where they agree on a value whose
 * frequency is known, how rare that value is.
 *
 * @param levels per comparison, its level or {@link Comparison#MISSING}
 * @param rarity per comparison, -log2 of the share of records with the value both have, or NaN
 */
public record ComparedPair(int[] levels, double[] rarity) {
}
