package org.dossier.resolve.score;

/**
 * One feature's finding on a pair of names.
 *
 * @param feature the feature's name
 * @param value what it measured, from 0 (unlike) to 1 (alike)
 * @param detail what it saw, for an analyst ("jurgen ~ jürgen 1.00, stock = stock")
 */
public record FeatureResult(String feature, double value, String detail) {
}
