package org.dossier.ingest.figures;

import static org.dossier.ingest.figures.NumberRecognizer.attached;
import static org.dossier.ingest.figures.NumberRecognizer.is;
import static org.dossier.ingest.figures.NumberRecognizer.tight;

import java.util.List;
import java.util.Optional;

import org.dossier.config.domain.Figure;

/** Percentages: 19 %, 240 percent, 4.8 per cent, thirty percentage, 2 percentage points. */
final class PercentRecognizer {

    private PercentRecognizer() {
    }

    static Optional<FigureMatch> at(List<Token> tokens, int i) {
        Optional<NumberMatch> number = NumberRecognizer.at(tokens, i, false);
        if (number.isEmpty() || number.get().suffix() != null) {
            return Optional.empty();
        }
        int end = attached(tokens, number.get().last() + 1) ? percentWord(tokens, number.get().last() + 1) : -1;
        if (end < 0) {
            return Optional.empty();
        }
        String unit = "percent";
        if ((is(tokens, end + 1, "points") || is(tokens, end + 1, "point")) && attached(tokens, end + 1)) {
            unit = "percentage point";
            end++;
        }
        return Optional.of(FigureMatch.of(Figure.PERCENT, number.get().first(), end, number.get().value(), null, unit));
    }

    /** The last token of a percent sign or word starting at {@code i}, or -1. */
    private static int percentWord(List<Token> tokens, int i) {
        if (is(tokens, i, "%") || is(tokens, i, "percent") || is(tokens, i, "percentage") || is(tokens, i, "pct")) {
            return i;
        }
        return is(tokens, i, "per") && is(tokens, i + 1, "cent") && tight(tokens, i + 1) ? i + 1 : -1;
    }
}
