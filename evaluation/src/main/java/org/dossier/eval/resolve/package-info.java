/**
 * The evaluations of resolve: the name comparator, in-document links, record deduplication, and their cluster scores.
 * Uses resolve and config's domain; nothing in the product depends on it.
 */
package org.dossier.eval.resolve;
