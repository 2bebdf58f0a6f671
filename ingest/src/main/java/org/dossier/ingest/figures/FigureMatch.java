package org.dossier.ingest.figures;

/** A figure over tokens {@code first..last}, before it is turned into text offsets. */
record FigureMatch(String type, int first, int last, Double value, Double valueMax, String currency, String unit,
                   String counted, String qualifier, String period, boolean vague, String date) {

    static FigureMatch of(String type, int first, int last, double value, String currency, String unit) {
        return new FigureMatch(type, first, last, value, null, currency, unit, null, null, null, false, null);
    }

    FigureMatch asType(String newType) {
        return new FigureMatch(newType, first, last, value, valueMax, currency, unit, counted, qualifier, period,
                vague, date);
    }

    FigureMatch range(int newLast, double low, double high) {
        return new FigureMatch(type, first, newLast, low, high, currency, unit, counted, qualifier, period, vague, date);
    }

    FigureMatch counting(String noun) {
        return new FigureMatch(type, first, last, value, valueMax, currency, unit, noun, qualifier, period, vague, date);
    }

    FigureMatch qualified(String newQualifier) {
        return new FigureMatch(type, first, last, value, valueMax, currency, unit, counted, newQualifier, period,
                vague, date);
    }

    FigureMatch per(String newPeriod, int newLast) {
        return new FigureMatch(type, first, newLast, value, valueMax, currency, unit, counted, qualifier, newPeriod,
                vague, date);
    }
}
