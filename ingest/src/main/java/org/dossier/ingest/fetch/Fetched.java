package org.dossier.ingest.fetch;

import java.net.URI;

/**
 * A server's answer.
 *
 * @param uri where the page was found, after redirects
 * @param notModified whether the server said the page has not changed since the version we sent
 * @param body the page's bytes; empty when not modified
 * @param contentType the media type the server announced, or null
 * @param version the validator to send next time ("etag:..." or "modified:..."), or null
 */
public record Fetched(URI uri, boolean notModified, byte[] body, String contentType, String version) {
}
