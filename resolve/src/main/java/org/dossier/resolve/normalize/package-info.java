/**
 * Normalising names: folding, titles and honorifics off, organisation suffixes as features, tokens.
 * Uses ICU and Commons Text; pure functions.
 */
package org.dossier.resolve.normalize;
