package org.dossier.search.system;

/** Nothing has the id asked for; a 404 whose detail names what was looked for. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
