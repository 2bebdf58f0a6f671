package org.dossier.search.figure;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.dossier.config.domain.Figure;

/** A figure's normalised value as people read it: "more than 100,000 individuals", "3,000,000,000 SGD". */
public final class FigureLabels {

    private FigureLabels() {
    }

    public static String value(Figure figure) {
        if (Figure.DATE.equals(figure.type())) {
            return figure.date() == null ? "" : figure.date();
        }
        if (figure.value() == null) {
            return "";
        }
        String value = number(figure.value());
        if (figure.valueMax() != null && !figure.valueMax().equals(figure.value())) {
            value += " to " + number(figure.valueMax());
        }
        StringBuilder label = new StringBuilder();
        if (figure.qualifier() != null) {
            label.append(figure.qualifier().replace('-', ' ')).append(' ');
        }
        label.append(value);
        if (Figure.PERCENT.equals(figure.type())) {
            label.append("percentage point".equals(figure.unit()) ? " points" : "%");
        } else if (figure.currency() != null) {
            label.append(' ').append(figure.currency());
        } else if (figure.unit() != null) {
            label.append(' ').append(figure.unit());
        }
        if (figure.counted() != null) {
            label.append(' ').append(figure.counted());
        }
        if (figure.period() != null) {
            label.append(" a ").append(figure.period());
        }
        return label.toString();
    }

    public static String number(double value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }
}
