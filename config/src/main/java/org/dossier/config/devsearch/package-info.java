/**
 * The launcher of the local Elasticsearch of development, the demo and tests: its distribution, started once per
 * data directory.
 * Uses settings and elastic (the health check); no domain, no store.
 */
package org.dossier.config.devsearch;
