/**
 * What resolve keeps between runs, so that a run reads only the documents indexed since the last.
 */
package org.dossier.resolve.state;
