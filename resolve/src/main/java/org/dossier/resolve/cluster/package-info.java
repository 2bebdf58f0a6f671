/**
 * Clustering: connected components of linked names, kept apart by cannot-link judgements.
 * Uses only the JDK.
 */
package org.dossier.resolve.cluster;
