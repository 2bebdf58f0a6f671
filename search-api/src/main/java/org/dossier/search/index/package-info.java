/**
 * Entity entries read by id, for labels and for following merges; answers of the asynchronous client.
 * Uses config's domain and elastic.
 */
package org.dossier.search.index;
