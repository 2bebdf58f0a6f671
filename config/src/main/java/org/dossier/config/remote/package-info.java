/**
 * Remote partitioning: a partitioned step's partitions sent as requests through the broker to worker processes, which
 * run them against the shared job repository, while the sending run waits for them there; or on the run's own threads
 * (PartitionThreads); and the worker process's start (WorkerProcess). Shared by the jobs (ingest's partitions, resolve's
 * mentions step). Uses broker, settings, Spring Batch and Spring Integration's JMS support.
 */
package org.dossier.config.remote;
