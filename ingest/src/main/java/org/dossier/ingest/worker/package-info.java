/**
 * Ingest's remote partitions: the broker wiring a run needs to send its partitions to workers
 * ({@code dossier.ingest.workers=remote}), and the worker process ({@code dossier worker}) that runs them.
 * Uses job (the partition step) and config's remote.
 */
package org.dossier.ingest.worker;
