/**
 * The resolve benchmark: a million generated mentions, in the forms news gives one name, resolved
 * in a 2 GB heap, phase by phase, with the peak of the heap and the F1 against their truth.
 * Uses resolve and the cluster scores of eval.resolve.
 */
package org.dossier.bench.resolve;
