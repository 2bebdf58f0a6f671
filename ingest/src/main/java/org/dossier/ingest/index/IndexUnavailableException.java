package org.dossier.ingest.index;

/** Elasticsearch could not be reached or did not answer: worth retrying, and the run's failure if it lasts. */
public class IndexUnavailableException extends RuntimeException {

    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
