/** What a run's memory costs, measured: the peak, not the heap left at the end. */
package org.dossier.config.memory;
