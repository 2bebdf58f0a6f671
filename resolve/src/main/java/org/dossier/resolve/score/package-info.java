/**
 * Scoring candidate pairs: the name comparator and its learnt weights, context and same-name evidence, with reasons.
 * Uses group, normalize and config's domain.
 */
package org.dossier.resolve.score;
