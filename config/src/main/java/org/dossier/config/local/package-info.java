/**
 * The servers the jobs start for themselves when none is configured (Elasticsearch, the broker),
 * installed from the zips the build fetched from Maven Central.
 */
package org.dossier.config.local;
