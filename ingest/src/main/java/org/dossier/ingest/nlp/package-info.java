/**
 * The analysis of a document: language, entity mentions (CoreNLP's CRF and Dossier's name rules), figures, fingerprint.
 * Uses figures, neardup, parse, index and config's domain.
 */
package org.dossier.ingest.nlp;
