package org.dossier.ingest.fetch;

import java.time.Duration;

/**
 * How pages are fetched.
 *
 * @param connectTimeout time to open a connection
 * @param readTimeout time for the whole answer
 * @param maxBytes larger answers are abandoned
 * @param attempts tries for an answer that may come later (timeouts, 429, 5xx), backing off
 * @param perHostDelay the least time between two requests to one host
 * @param userAgent how Dossier names itself to servers
 */
public record FetchPolicy(Duration connectTimeout, Duration readTimeout, long maxBytes, int attempts,
                          Duration perHostDelay, String userAgent) {
}
