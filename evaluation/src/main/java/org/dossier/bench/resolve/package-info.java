/**
 * The resolve benchmark: a million generated mentions resolved in a 2 GB heap, phase by phase.
 * Uses resolve and the cluster scores of eval.resolve.
 */
package org.dossier.bench.resolve;
