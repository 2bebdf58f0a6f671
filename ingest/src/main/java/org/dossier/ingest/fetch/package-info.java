/**
 * Fetching pages over HTTP: timeouts, size cap, per-host delay, retries with backoff, conditional requests.
 * Uses parse (what a fetched page becomes) and the JDK's HTTP client.
 */
package org.dossier.ingest.fetch;
