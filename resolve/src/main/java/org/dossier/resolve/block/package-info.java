/**
 * Blocking: the keys that put candidate pairs of names together, with bucket caps.
 * Uses record and normalize.
 */
package org.dossier.resolve.block;
