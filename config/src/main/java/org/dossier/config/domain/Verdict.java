package org.dossier.config.domain;

/** What an analyst decided about two names. */
public enum Verdict {
    /** The same person or organisation: always linked. */
    SAME,
    /** Not the same: never in one entity, whatever links them. */
    NOT_SAME,
    /** Looked at and left open: kept out of the review queue, decides nothing. */
    UNSURE
}
