package org.dossier.eval.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two ways the extraction sets score a page. Shingles (Scrapinghub's benchmark): both texts
 * as multisets of four consecutive {@code \w+} tokens, each page's counts normalised so that every
 * page weighs the same, precision and recall averaged over pages. Segments (trafilatura): the
 * whitespace-normalised output must contain each "with" segment and none of the "without" ones,
 * counts summed over pages.
 */
final class ArticleScore {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private final List<double[]> pages = new ArrayList<>();
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;

    /** Adds a page scored by shingles; returns its {tp, fp, fn}, normalised. */
    double[] addShingles(String gold, String predicted) {
        Map<List<String>, Integer> truth = shingles(gold);
        Map<List<String>, Integer> found = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (var entry : found.entrySet()) {
            int t = truth.getOrDefault(entry.getKey(), 0);
            tp += Math.min(t, entry.getValue());
            fp += Math.max(0, entry.getValue() - t);
        }
        for (var entry : truth.entrySet()) {
            fn += Math.max(0, entry.getValue() - found.getOrDefault(entry.getKey(), 0));
        }
        double sum = tp + fp + fn;
        double[] page = sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {0, 0, 0};
        pages.add(page);
        return page;
    }

    /** Adds a page scored by segments; returns its {tp, fp, fn}. */
    int[] addSegments(List<String> with, List<String> without, String predicted) {
        String text = normalise(predicted);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (String segment : with) {
            if (text.contains(normalise(segment))) {
                tp++;
            } else {
                fn++;
            }
        }
        for (String segment : without) {
            if (text.contains(normalise(segment))) {
                fp++;
            }
        }
        truePositives += tp;
        falsePositives += fp;
        falseNegatives += fn;
        return new int[] {tp, fp, fn};
    }

    double precision() {
        if (pages.isEmpty()) {
            return ratio(truePositives, truePositives + falsePositives);
        }
        return pages.stream().filter(p -> p[0] + p[1] > 0).mapToDouble(p -> pagePrecision(p)).average().orElse(0);
    }

    double recall() {
        if (pages.isEmpty()) {
            return ratio(truePositives, truePositives + falseNegatives);
        }
        return pages.stream().filter(p -> p[0] + p[2] > 0).mapToDouble(p -> pageRecall(p)).average().orElse(0);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static double pagePrecision(double[] page) {
        return page[1] == 0 && page[2] == 0 ? 1 : ratio(page[0], page[0] + page[1]);
    }

    static double pageRecall(double[] page) {
        return page[1] == 0 && page[2] == 0 ? 1 : ratio(page[0], page[0] + page[2]);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    /** Counts of every run of four tokens; a text of fewer tokens is one shorter shingle. */
    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - 3); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + 4));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String normalise(String text) {
        return text == null ? "" : SPACE.matcher(text).replaceAll(" ").strip();
    }
}
