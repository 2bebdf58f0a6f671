package org.dossier.ingest.figures;

import static org.dossier.ingest.figures.NumberRecognizer.is;

import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.dossier.config.domain.Figure;

/**
 * "thousands of suspects", "tens of thousands of people", "millions of dollars": a count (or an
 * amount) known only by its order of magnitude, given as a range from the word's value to the
 * next order.
 */
final class VagueQuantities {

    private static final Map<String, double[]> ORDERS = Map.of(
            "dozens", new double[] {24, 100}, "tens", new double[] {10, 100}, "hundreds", new double[] {100, 1e3},
            "thousands", new double[] {1e3, 1e6}, "millions", new double[] {1e6, 1e9},
            "billions", new double[] {1e9, 1e12}, "trillions", new double[] {1e12, 1e15});

    private VagueQuantities() {
    }

    static Optional<FigureMatch> at(List<Token> tokens, int i) {
        double[] range = ORDERS.get(tokens.get(i).lower());
        if (range == null || !is(tokens, i + 1, "of")) {
            return Optional.empty();
        }
        double low = range[0];
        double high = range[1];
        int last = i + 1;
        // tens of thousands of, hundreds of millions of
        double[] inner = last + 1 < tokens.size() ? ORDERS.get(tokens.get(last + 1).lower()) : null;
        if (inner != null && is(tokens, last + 2, "of")) {
            low = low * inner[0];
            high = high * inner[0];
            last += 2;
        }
        int nounAt = last + 1;
        if (nounAt >= tokens.size()) {
            return Optional.empty();
        }
        Currencies.Currency currency = Currencies.NAMES.get(tokens.get(nounAt).lower());
        if (currency != null) {
            return Optional.of(new FigureMatch(Figure.MONEY, i, nounAt, low, high, currency.iso(), currency.unit(),
                    null, null, null, true, null));
        }
        String noun = CountedNoun.after(tokens, i, nounAt);
        if (noun == null) {
            return Optional.empty();
        }
        return Optional.of(new FigureMatch(Figure.COUNT, i, last - 1, low, high, null, null, noun, null, null, true,
                null));
    }
}
