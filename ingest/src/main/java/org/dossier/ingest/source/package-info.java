/**
 * Sources: folders, URL lists and feeds listed once and read by partition, with cursors for what is new or changed.
 * Uses fetch, parse, progress and config's store (the cursors).
 */
package org.dossier.ingest.source;
