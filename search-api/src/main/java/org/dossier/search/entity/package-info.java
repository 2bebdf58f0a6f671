/**
 * Entity pages and API: an entity's names, documents, timeline and co-mentioned entities, and the entity search.
 * Uses figure, index, query, review, system and config's domain and elastic.
 */
package org.dossier.search.entity;
