/**
 * A run's progress: counts, time by stage, the progress bar and the log lines every few seconds.
 * Uses Spring Batch's step context only.
 */
package org.dossier.ingest.progress;
