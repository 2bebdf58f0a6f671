/**
 * Figures in text: money, percentages, counts and dates, with offsets, ranges, qualifiers and counted nouns.
 * Uses config's domain only; pure functions over text.
 */
package org.dossier.ingest.figures;
