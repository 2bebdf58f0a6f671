package org.dossier.config.store;

import java.time.Instant;

/**
 * One input a run could not take.
 *
 * @param jobExecutionId the run
 * @param source the source the item came from (a folder, URL list or feed)
 * @param item the item itself (a path or URL)
 * @param stage where it failed: read, parse, index
 * @param reason what went wrong, in words an operator can act on
 * @param skippedAt when
 */
public record SkipEntry(long jobExecutionId, String source, String item, String stage, String reason,
                        Instant skippedAt) {
}
