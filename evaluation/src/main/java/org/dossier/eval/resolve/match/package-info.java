/**
 * The record-matching engine of eval dedup (comparison levels, a Fellegi-Sunter model trained by EM, term frequencies).
 * Uses resolve's record, block and normalize; resolve itself does not run it.
 */
package org.dossier.eval.resolve.match;
