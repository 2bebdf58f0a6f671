/**
 * The core's relational store, shared by all modules: one small store per aggregate (analysts' judgements, the review
 * queue, entities, skips, cursors, locks), job names.
 * Uses domain, JDBC and its migrations under resources/db; no Elasticsearch.
 */
package org.dossier.config.store;
