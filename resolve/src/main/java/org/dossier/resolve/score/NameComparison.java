package org.dossier.resolve.score;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How alike two names are, and why.
 *
 * @param score the probability that they name the same, from 0 to 1
 * @param evidence each feature's finding with its contribution to the log-odds
 */
public record NameComparison(double score, List<Evidence> evidence) {

    public record Evidence(FeatureResult feature, double contribution) {
    }

    /** One line per feature, strongest first: "tokens +3.10 (jurgen = jurgen, stock = stock)". */
    public String explain() {
        return evidence.stream()
                .sorted((x, y) -> Double.compare(Math.abs(y.contribution()), Math.abs(x.contribution())))
                .map(e -> String.format(Locale.ROOT, "%s %+.2f (%s)", e.feature().feature(), e.contribution(),
                        e.feature().detail()))
                .collect(Collectors.joining("\n"));
    }
}
