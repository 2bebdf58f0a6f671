package org.dossier.config.domain;

import java.time.Instant;

/**
 * One decision as the judgement table keeps it, for the history of decisions.
 *
 * @param retractedBy who took it back with an undo, or null while it stands or was superseded
 */
public record JudgementEntry(long id, String keyA, String keyB, Verdict verdict, String decidedBy,
                             Instant decidedAt, String note, String retractedBy, Instant retractedAt) {
}
