/**
 * Resolve's remote partitions: the broker wiring a run needs to send the parts of its pairs step
 * and the partitions of its mentions step to workers ({@code dossier.resolve.workers=remote}), and
 * the worker process ({@code dossier worker resolve}) that runs them. Uses job (the partition
 * steps) and config's remote.
 */
package org.dossier.resolve.worker;
