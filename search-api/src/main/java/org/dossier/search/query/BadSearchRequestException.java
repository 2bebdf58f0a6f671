package org.dossier.search.query;

/** A request the search cannot answer; the message tells the user what to change. */
public class BadSearchRequestException extends RuntimeException {

    public BadSearchRequestException(String message) {
        super(message);
    }
}
