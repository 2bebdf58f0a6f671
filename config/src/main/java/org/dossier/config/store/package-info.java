/**
 * The relational store, one small store per aggregate (judgements, entities, skips, cursors, locks), job names.
 * Uses domain, JDBC and its migrations under resources/db; no Elasticsearch.
 */
package org.dossier.config.store;
