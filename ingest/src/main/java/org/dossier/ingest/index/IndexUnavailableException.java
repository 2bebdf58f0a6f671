package org.dossier.ingest.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/** Elasticsearch could not be reached or did not answer: worth retrying, and the run's failure if it lasts. */
public class IndexUnavailableException extends RuntimeException {

    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether an error answer says the server cannot serve now (a shard not yet recovered, too
     * busy) rather than that the request is wrong: such an answer is worth trying again.
     */
    public static boolean isTransient(ElasticsearchException e) {
        return e.status() == 429 || e.status() >= 500;
    }
}
