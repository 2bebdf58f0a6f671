package org.dossier.ingest.parse;

import java.time.Duration;

/**
 * Bounds on what one file may cost, so that hostile or broken input cannot stall a night's run.
 *
 * @param maxFileSize larger files are skipped unread
 * @param maxTextLength characters kept from one document; the rest is cut off and the document flagged
 * @param parseTimeout a parse that takes longer is abandoned and the file skipped
 */
public record ReadLimits(long maxFileSize, int maxTextLength, Duration parseTimeout) {

    public static ReadLimits defaults() {
        return new ReadLimits(64L << 20, 5_000_000, Duration.ofSeconds(60));
    }
}
