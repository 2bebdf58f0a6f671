/**
 * The operators' side: status, runs, skips, restart and nightly commands, the scheduler, metrics.
 * Uses runs, system and config's settings, sources, store, elastic and devsearch.
 */
package org.dossier.search.operations;
