/**
 * The ingest benchmarks: the job's throughput beside raw bulk indexing, the analysis' tokens/s beside CoreNLP.
 * Uses ingest and config; run by ./dossier bench ingest and bench nlp.
 */
package org.dossier.bench.ingest;
