/**
 * Near-duplicates: MinHash fingerprints and the step that links documents sharing most of their text.
 * Uses config's domain and elastic, index and progress.
 */
package org.dossier.ingest.neardup;
