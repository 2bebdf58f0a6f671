/**
 * Files and pages into ParsedDocument: Tika for PDF and office formats, jsoup for HTML; titles, dates, metadata.
 * Uses extract, source and config's domain.
 */
package org.dossier.ingest.parse;
