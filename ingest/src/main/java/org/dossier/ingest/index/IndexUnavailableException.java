package org.dossier.ingest.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/** Elasticsearch could not be reached or did not answer: worth retrying, and the run's failure if it lasts. */
public class IndexUnavailableException extends RuntimeException {

    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * What to throw for an error answer: this exception, worth trying again, when the answer says
     * the server cannot serve now (a shard not yet recovered, too busy); else the answer itself,
     * as the request is wrong.
     */
    public static RuntimeException of(String what, ElasticsearchException e) {
        boolean transientState = e.status() == 429 || e.status() >= 500;
        return transientState ? new IndexUnavailableException(what + ": " + e.getMessage(), e) : e;
    }
}
