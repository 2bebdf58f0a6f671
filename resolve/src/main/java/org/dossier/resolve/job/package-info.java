/**
 * The resolve job's wiring (ResolveJobConfiguration), its command line, properties and summary.
 * Uses the resolve packages and config; the only package that knows Spring Batch's job and steps.
 */
package org.dossier.resolve.job;
