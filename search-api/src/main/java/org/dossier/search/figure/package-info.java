/**
 * Figures pages and API: figures filtered, sorted and exported as CSV.
 * Uses query, system and config's domain and elastic.
 */
package org.dossier.search.figure;
