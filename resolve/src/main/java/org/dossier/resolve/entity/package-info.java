/**
 * Entities: stable ids across runs, and the entries, mention ids and document ids published to the indices.
 * Uses group, mention and config's domain and elastic.
 */
package org.dossier.resolve.entity;
