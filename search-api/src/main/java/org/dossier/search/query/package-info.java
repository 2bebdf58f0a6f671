/**
 * Document search: the query syntax, filters, facets, figures filters, paging, suggestions, the page and the API.
 * Uses entity, index, system and config's domain and elastic.
 */
package org.dossier.search.query;
