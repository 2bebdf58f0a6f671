package org.dossier.ingest.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.dossier.config.domain.Figure;

/**
 * Finds the figures in a text: money, percentages and other numbers, each with its offsets
 * and normalised value. Reads left to right; a figure takes its tokens, so "$2 million" is
 * one money figure, not also the number 2.
 */
public final class FigureExtractor {

    /** Money, percentages and the numbers that are neither. */
    public List<Figure> extract(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Optional<FigureMatch> match = MoneyRecognizer.at(tokens, i);
            if (match.isEmpty()) {
                match = PercentRecognizer.at(tokens, i);
            }
            if (match.isEmpty()) {
                match = number(tokens, i);
            }
            if (match.isPresent()) {
                figures.addAll(split(text, tokens, match.get()));
                i = match.get().last() + 1;
            } else {
                i++;
            }
        }
        return figures;
    }

    /** Every number, whatever it measures: "$20" gives 20. */
    public List<Figure> numbers(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Optional<FigureMatch> match = number(tokens, i);
            if (match.isPresent()) {
                figures.addAll(split(text, tokens, match.get()));
                i = match.get().last() + 1;
            } else {
                i++;
            }
        }
        return figures;
    }

    private static Optional<FigureMatch> number(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (token.text().matches("\\d+(?:\\.\\d+){2,}")) {
            return Optional.of(new FigureMatch("dotted", i, i, 0, null, null));
        }
        return NumberRecognizer.at(tokens, i, false).filter(n -> n.suffix() == null)
                .map(n -> new FigureMatch(Figure.NUMBER, n.first(), n.last(), n.value(), null, null));
    }

    /** 192.168.1.2 is four numbers. */
    private static List<Figure> split(String text, List<Token> tokens, FigureMatch match) {
        if (!match.type().equals("dotted")) {
            return List.of(toFigure(text, tokens, match));
        }
        Token token = tokens.get(match.first());
        List<Figure> parts = new ArrayList<>();
        int offset = token.start();
        for (String part : token.text().split("\\.")) {
            parts.add(new Figure(Figure.NUMBER, part, offset, offset + part.length(), Double.parseDouble(part), null, null));
            offset += part.length() + 1;
        }
        return parts;
    }

    private static Figure toFigure(String text, List<Token> tokens, FigureMatch match) {
        int start = tokens.get(match.first()).start();
        int end = tokens.get(match.last()).end();
        return new Figure(match.type(), text.substring(start, end), start, end, match.value(), match.currency(),
                match.unit());
    }
}
