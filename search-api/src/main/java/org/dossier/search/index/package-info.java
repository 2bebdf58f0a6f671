/**
 * Entity entries read by id, for labels and for following merges.
 * Uses config's domain and elastic.
 */
package org.dossier.search.index;
