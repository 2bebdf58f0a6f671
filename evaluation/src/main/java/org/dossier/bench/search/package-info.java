/**
 * The web app's benchmarks: researchers' requests against a grown sample, and analysts' decisions on the review queue.
 * Uses the search application, config's elastic and the indexed sample fixture.
 */
package org.dossier.bench.search;
