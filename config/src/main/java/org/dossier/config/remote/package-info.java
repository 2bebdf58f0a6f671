/**
 * Remote partitioning: a partitioned step's partitions sent as requests through the broker to worker processes, which
 * run them against the shared job repository, while the sending run waits for them there. Shared by the jobs (ingest
 * now, resolve later). Uses broker, settings, Spring Batch and Spring Integration's JMS support.
 */
package org.dossier.config.remote;
