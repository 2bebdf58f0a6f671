package org.dossier.ingest.fetch;

import org.dossier.ingest.parse.UnreadableDocumentException;

/** A page that could not be had from its server; the message says why. */
public class UnfetchableException extends UnreadableDocumentException {

    public UnfetchableException(String reason) {
        super(reason);
    }
}
