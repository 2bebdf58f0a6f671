package org.dossier.resolve.score;

import java.util.List;

import org.dossier.resolve.normalize.NameKind;
import org.dossier.resolve.normalize.NameNormalizer;
import org.dossier.resolve.normalize.NormalizedName;

/**
 * Compares two names of the same kind with a {@link NameModel}, keeping each feature's evidence.
 * Names with the same words (in any order, legal forms aside) are the same name, whatever the
 * weights: scored 1, which the labelled pairs, being all variants, would not teach.
 */
public class NameComparator {

    private final NameModel model;

    public NameComparator(NameModel model) {
        this.model = model;
    }

    public NameComparison compare(String a, String b, NameKind kind) {
        return compare(NameNormalizer.normalize(a, kind), NameNormalizer.normalize(b, kind));
    }

    public NameComparison compare(NormalizedName a, NormalizedName b) {
        List<FeatureResult> features = NameFeatures.of(a, b);
        double[] values = values(features);
        List<NameComparison.Evidence> evidence = features.stream()
                .map(f -> new NameComparison.Evidence(f, model.contribution(a.kind(), f.feature(), f.value())))
                .toList();
        boolean sameWords = features.get(NameFeatures.NAMES.indexOf("same_words")).value() == 1;
        return new NameComparison(sameWords ? 1.0 : model.score(a.kind(), values), evidence);
    }

    /** Feature values in {@link NameFeatures#NAMES} order, as the model reads them. */
    public static double[] values(List<FeatureResult> features) {
        return features.stream().mapToDouble(FeatureResult::value).toArray();
    }

    /** The feature values of a labelled pair, for training. */
    public static double[] values(LabelledPair pair) {
        return values(NameFeatures.of(NameNormalizer.normalize(pair.name1(), pair.kind()),
                NameNormalizer.normalize(pair.name2(), pair.kind())));
    }
}
