/**
 * Writing analysed documents and their mentions to the indices, with per-item refusals as skips.
 * Uses config's domain and store, the Elasticsearch client, and parse, source and progress.
 */
package org.dossier.ingest.index;
