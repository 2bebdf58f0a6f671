package org.dossier.ingest.source;

import java.net.URI;
import java.nio.file.Path;

/**
 * One thing a source offers: a file in a folder, or a web page from a URL list or a feed.
 *
 * @param source the named source it comes from (the folder, the list, the feed)
 * @param location the file's path or the page's URL: where the document says it came from
 * @param key what the source's cursor knows it by: the path, the URL, or a feed item's id
 * @param version for a file, its size and modification time now; for a page, the ETag or
 *        Last-Modified it had when last fetched (null the first time)
 */
public record SourceItem(String source, String location, String key, String version) {

    public boolean isWebPage() {
        return isWebAddress(location);
    }

    /** Whether a source or location is fetched over HTTP rather than read from disk. */
    public static boolean isWebAddress(String location) {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    public Path path() {
        return Path.of(location);
    }

    public URI uri() {
        return URI.create(location);
    }
}
