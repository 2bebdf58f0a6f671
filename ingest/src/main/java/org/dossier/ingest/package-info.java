/**
 * The ingest application: its main class.
 * Uses job.
 */
package org.dossier.ingest;
