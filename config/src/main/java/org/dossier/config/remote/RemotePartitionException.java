package org.dossier.config.remote;

/**
 * Why a run's remote partitions did not all complete: the broker out of reach, no worker taking
 * them, one failing on its worker, or the timeout.
 */
public class RemotePartitionException extends RuntimeException {

    public RemotePartitionException(String message) {
        super(message);
    }
}
