/**
 * The core's Elasticsearch access, shared by all modules: the client, the indices' names, schemas and fields, the
 * paged scan, bulk errors and the health check.
 * Uses settings, devsearch (the local server) and the Elasticsearch client; no store.
 */
package org.dossier.config.elastic;
