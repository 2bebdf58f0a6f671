/**
 * The ingest job's wiring (IngestJobConfiguration), its command line, arguments, properties and summary.
 * Uses every ingest package and config; the only package that knows Spring Batch's job and steps.
 */
package org.dossier.ingest.job;
