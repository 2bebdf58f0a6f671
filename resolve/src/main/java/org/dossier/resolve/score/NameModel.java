package org.dossier.resolve.score;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.NameKey;
import org.dossier.config.domain.Verdict;
import org.dossier.resolve.normalize.NameKind;

/**
 * Weights of the {@link NameFeatures}, learnt from labelled pairs by logistic regression, one set
 * per kind of name (what tells two people apart is not what tells two companies apart). The score
 * of a pair is the probability that the names are the same; each feature's contribution (weight
 * times value) is what an analyst reads as its evidence.
 *
 * @param weights the weights of each kind of name
 */
public record NameModel(Map<NameKind, Weights> weights) {

    private static final int EPOCHS = 3000;
    private static final double LEARNING_RATE = 0.5;
    /** Keeps weights small, so that a feature the training pairs happen to separate perfectly does not dominate. */
    private static final double L2 = 0.001;
    /** Fewer pairs of a kind than this, and that kind is weighed with the weights learnt from all pairs. */
    private static final int ENOUGH = 30;

    /**
     * @param bias the log-odds of a pair whose features are all 0
     * @param byFeature one weight per feature, by name
     */
    public record Weights(double bias, Map<String, Double> byFeature) {
    }

    private static volatile NameModel standard;

    /** The weights learnt from the labelled pairs shipped with Dossier (see {@link LabelledPairs#standard()}). */
    public static NameModel standard() {
        NameModel model = standard;
        if (model == null) {
            model = train(LabelledPairs.standard());
            standard = model;
        }
        return model;
    }

    /**
     * The default weights learnt again with analysts' decided pairs added to the shipped ones, so
     * that their judgements teach the comparator as well as bind the pairs they name.
     */
    public static NameModel withJudgements(List<Judgement> judgements) {
        List<LabelledPair> decided = judgements.stream().filter(j -> j.verdict() != Verdict.UNSURE)
                .map(j -> new LabelledPair(NameKey.text(j.keyA()), NameKey.text(j.keyB()),
                        NameKind.of(NameKey.type(j.keyA())), j.verdict() == Verdict.SAME))
                .toList();
        if (decided.isEmpty()) {
            return standard();
        }
        List<LabelledPair> pairs = new java.util.ArrayList<>(LabelledPairs.standard());
        pairs.addAll(decided);
        return train(pairs);
    }

    /** Learns the weights from labelled pairs: analysts' judgements, or a labelled set. */
    public static NameModel train(List<LabelledPair> pairs) {
        Weights shared = fit(pairs);
        Map<NameKind, Weights> weights = new EnumMap<>(NameKind.class);
        for (NameKind kind : NameKind.values()) {
            List<LabelledPair> ofKind = pairs.stream().filter(pair -> pair.kind() == kind).toList();
            weights.put(kind, ofKind.size() >= ENOUGH ? fit(ofKind) : shared);
        }
        return new NameModel(weights);
    }

    /** The probability that names of this kind with these feature values are the same. */
    public double score(NameKind kind, double[] x) {
        Weights w = weights.get(kind);
        double z = w.bias();
        for (int f = 0; f < x.length; f++) {
            z += w.byFeature().getOrDefault(NameFeatures.NAMES.get(f), 0.0) * x[f];
        }
        return sigmoid(z);
    }

    public double contribution(NameKind kind, String feature, double value) {
        return weights.get(kind).byFeature().getOrDefault(feature, 0.0) * value;
    }

    /** Batch gradient descent on the log loss. */
    private static Weights fit(List<LabelledPair> pairs) {
        List<double[]> features = pairs.stream().map(NameComparator::values).toList();
        int n = features.size();
        int width = NameFeatures.NAMES.size();
        double[] w = new double[width];
        double b = 0;
        for (int epoch = 0; epoch < EPOCHS && n > 0; epoch++) {
            double[] gradient = new double[width];
            double gradientBias = 0;
            for (int k = 0; k < n; k++) {
                double[] x = features.get(k);
                double z = b;
                for (int f = 0; f < width; f++) {
                    z += w[f] * x[f];
                }
                double error = sigmoid(z) - (pairs.get(k).same() ? 1 : 0);
                for (int f = 0; f < width; f++) {
                    gradient[f] += error * x[f];
                }
                gradientBias += error;
            }
            for (int f = 0; f < width; f++) {
                w[f] -= LEARNING_RATE * (gradient[f] / n + L2 * w[f]);
            }
            b -= LEARNING_RATE * gradientBias / n;
        }
        Map<String, Double> byFeature = new LinkedHashMap<>();
        for (int f = 0; f < width; f++) {
            byFeature.put(NameFeatures.NAMES.get(f), w[f]);
        }
        return new Weights(b, byFeature);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
