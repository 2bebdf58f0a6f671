/**
 * Runs of ingest and resolve: their history, counts and skips, and starting them from the web app.
 * Uses operations, query, system and config's settings, sources and store.
 */
package org.dossier.search.runs;
