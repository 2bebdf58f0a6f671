package org.dossier.search.figure;

import java.time.Instant;

import org.dossier.config.domain.Figure;

/**
 * One figure with the document it is in: a line of the figures table and of its export.
 *
 * @param label its normalised value as people read it
 */
public record FigureRow(String documentId, String title, Instant published, String site, String type, String text,
                        Double value, Double valueMax, String currency, String unit, String counted,
                        String qualifier, String period, boolean vague, String date, int start, int end,
                        String label) {

    static FigureRow of(String documentId, String title, Instant published, String site, Figure f) {
        return new FigureRow(documentId, title, published, site, f.type(), f.text(), f.value(), f.valueMax(),
                f.currency(), f.unit(), f.counted(), f.qualifier(), f.period(), f.vague(), f.date(), f.start(),
                f.end(), FigureLabels.value(f));
    }
}
