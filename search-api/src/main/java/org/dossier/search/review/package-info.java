/**
 * The review queue: candidates with the score's reasons, analysts' decisions and undo, the merges in the indices.
 * Uses index, query, system and config's domain, elastic and store.
 */
package org.dossier.search.review;
