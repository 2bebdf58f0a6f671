package org.dossier.ingest.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dossier.config.domain.Figure;

/**
 * Finds the figures in a text: money, percentages, counts of something and dates, each with
 * its offsets, normalised value, range, qualifier ("over"), period ("annually"), counted noun
 * and, for an amount converted in brackets, the amount it converts. Reads left to right; a
 * figure takes its tokens, so "$2 million" is one amount, not also the number 2.
 */
public final class FigureExtractor {

    private static final Set<String> RANGE_WORDS = Set.of("to", "-", "–", "and");

    /** The figures of a text whose publication date is unknown: relative dates are left out. */
    public List<Figure> extract(String text) {
        return extract(text, null);
    }

    /** The figures of a text published on {@code published} (may be null). */
    public List<Figure> extract(String text, LocalDate published) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<FigureMatch> matches = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Optional<FigureMatch> match = at(tokens, i, published);
            if (match.isPresent()) {
                matches.add(match.get());
                i = match.get().last() + 1;
            } else {
                i++;
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (int k = 0; k < matches.size(); k++) {
            Figure figure = toFigure(text, tokens, matches.get(k));
            boolean conversion = k > 0 && isConversion(tokens, matches.get(k - 1), matches.get(k));
            figures.add(conversion ? withConvertedFrom(figure, figures.get(k - 1).start()) : figure);
        }
        return figures;
    }

    /** Every number, whatever it measures: "$20" gives 20. */
    public List<Figure> numbers(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Token token = tokens.get(i);
            if (token.text().matches("\\d+(?:\\.\\d+){2,}")) {
                figures.addAll(dottedParts(token));   // 192.168.1.2 is four numbers
                i++;
                continue;
            }
            Optional<NumberMatch> number = NumberRecognizer.at(tokens, i, false).filter(n -> n.suffix() == null);
            if (number.isPresent()) {
                figures.add(toFigure(text, tokens, FigureMatch.of(Figure.NUMBER, number.get().first(),
                        number.get().last(), number.get().value(), null, null)));
                i = number.get().last() + 1;
            } else {
                i++;
            }
        }
        return figures;
    }

    private static Optional<FigureMatch> at(List<Token> tokens, int i, LocalDate published) {
        Optional<FigureMatch> date = DateRecognizer.at(tokens, i, published);
        if (date.isPresent()) {
            return date;
        }
        Optional<FigureMatch> vague = VagueQuantities.at(tokens, i);
        Optional<FigureMatch> base = vague.isPresent() ? vague : amount(tokens, i);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        FigureMatch match = vague.isPresent() ? base.get() : ranged(tokens, base.get());
        if (match.type().equals(Figure.NUMBER)) {
            // A year counts nothing ("2006 arrests" heads a table column), nor does a house number.
            String noun = bareYearAtAnEnd(tokens, match) || StreetAddress.startsAt(tokens, match.first(), match.last())
                    ? null : CountedNoun.after(tokens, match.first(), match.last() + 1);
            if (noun == null) {
                return Optional.empty();
            }
            match = match.asType(Figure.COUNT).counting(noun);
        }
        String qualifier = Qualifiers.before(tokens, match.first());
        if (qualifier != null) {
            match = match.qualified(qualifier);
        }
        Map.Entry<String, Integer> period = Qualifiers.periodAfter(tokens, match.last());
        if (period != null && !match.type().equals(Figure.COUNT)) {
            match = match.per(period.getKey(), period.getValue());
        }
        return Optional.of(match);
    }

    /** Money, a percentage or a bare number starting at token {@code i}. */
    private static Optional<FigureMatch> amount(List<Token> tokens, int i) {
        return MoneyRecognizer.at(tokens, i)
                .or(() -> PercentRecognizer.at(tokens, i))
                .or(() -> NumberRecognizer.at(tokens, i, false).filter(n -> n.suffix() == null)
                        .map(n -> FigureMatch.of(Figure.NUMBER, n.first(), n.last(), n.value(), null, null)));
    }

    /** "$2 trillion to $3 trillion", "between 10 and 20 %", "2-3 billion dollars". */
    private static FigureMatch ranged(List<Token> tokens, FigureMatch low) {
        int connector = low.last() + 1;
        if (!NumberRecognizer.attached(tokens, connector) || !RANGE_WORDS.contains(tokens.get(connector).lower())) {
            return low;
        }
        if (tokens.get(connector).lower().equals("and") && !NumberRecognizer.is(tokens, low.first() - 1, "between")) {
            return low;
        }
        int k = connector + 1;
        if (!NumberRecognizer.attached(tokens, k)) {
            return low;
        }
        Optional<FigureMatch> high = amount(tokens, k);
        if (high.isEmpty()) {
            return low;
        }
        FigureMatch top = high.get();
        boolean sameKind = low.type().equals(top.type()) || low.type().equals(Figure.NUMBER)
                || top.type().equals(Figure.NUMBER);
        if (!sameKind || top.value() < low.value() && scaleIn(tokens, top) == 1) {
            return low;
        }
        // "2006 - $25 million": a year lends no end to an amount's range.
        if (!low.type().equals(top.type()) && (bareYear(tokens, low) || bareYear(tokens, top))) {
            return low;
        }
        double lowValue = low.value();
        double scale = scaleIn(tokens, top);
        if (scale > 1 && lowValue * 1000 <= top.value() && scaleIn(tokens, low) == 1) {
            lowValue *= scale;   // $2-3 billion: the scale is written once
        }
        FigureMatch typed = low.type().equals(Figure.NUMBER) ? top : low;
        return new FigureMatch(typed.type(), low.first(), top.last(), lowValue, top.value(), typed.currency(),
                typed.unit(), null, null, null, false, null);
    }

    private static boolean bareYearAtAnEnd(List<Token> tokens, FigureMatch match) {
        return tokens.get(match.first()).isBareYear() || tokens.get(match.last()).isBareYear();
    }

    /** A number written as a lone year, 1900 to 2100, with nothing that makes it an amount. */
    private static boolean bareYear(List<Token> tokens, FigureMatch match) {
        return match.type().equals(Figure.NUMBER) && match.first() == match.last()
                && tokens.get(match.first()).isBareYear();
    }

    /** The scale word inside a match (billion in "$3 billion"), or 1. */
    private static double scaleIn(List<Token> tokens, FigureMatch match) {
        for (int k = match.first(); k <= match.last(); k++) {
            Double scale = NumberWords.ABBREVIATED_SCALES.get(tokens.get(k).lower());
            if (scale != null && k > match.first()) {
                return scale;
            }
        }
        return 1;
    }

    /** S$3 billion ($2.23 billion): an amount in brackets right after another converts it. */
    private static boolean isConversion(List<Token> tokens, FigureMatch previous, FigureMatch match) {
        return match.type().equals(Figure.MONEY) && previous.type().equals(Figure.MONEY)
                && previous.last() + 2 == match.first()
                && NumberRecognizer.is(tokens, match.first() - 1, "(")
                && NumberRecognizer.is(tokens, match.last() + 1, ")");
    }

    private static Figure withConvertedFrom(Figure f, int start) {
        return new Figure(f.type(), f.text(), f.start(), f.end(), f.value(), f.valueMax(), f.currency(), f.unit(),
                f.counted(), f.qualifier(), f.period(), f.vague(), f.date(), start);
    }

    private static List<Figure> dottedParts(Token token) {
        List<Figure> parts = new ArrayList<>();
        int offset = token.start();
        for (String part : token.text().split("\\.")) {
            parts.add(new Figure(Figure.NUMBER, part, offset, offset + part.length(), Double.parseDouble(part), null,
                    null, null, null, null, null, false, null, null));
            offset += part.length() + 1;
        }
        return parts;
    }

    private static Figure toFigure(String text, List<Token> tokens, FigureMatch m) {
        int start = tokens.get(m.first()).start();
        int end = tokens.get(m.last()).end();
        return new Figure(m.type(), text.substring(start, end), start, end, m.value(), m.valueMax(), m.currency(),
                m.unit(), m.counted(), m.qualifier(), m.period(), m.vague(), m.date(), null);
    }
}
