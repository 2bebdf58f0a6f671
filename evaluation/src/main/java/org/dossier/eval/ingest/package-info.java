/**
 * The evaluations of ingest (./dossier eval articles, ner, figures), NER beside CoreNLP's baselines.
 * Uses ingest's parse, nlp and figures and config's domain; nothing depends on it.
 */
package org.dossier.eval.ingest;
