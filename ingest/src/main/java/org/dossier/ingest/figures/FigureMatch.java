package org.dossier.ingest.figures;

/** A figure over tokens {@code first..last}, before it is turned into text offsets. */
record FigureMatch(String type, int first, int last, double value, String currency, String unit) {
}
