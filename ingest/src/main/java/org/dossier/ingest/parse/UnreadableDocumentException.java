package org.dossier.ingest.parse;

/** A file that cannot be turned into a document; the message says why, for the skip ledger. */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public UnreadableDocumentException(String reason) {
        super(reason);
    }
}
