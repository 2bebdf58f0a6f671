package org.dossier.ingest.source;

import java.nio.file.Path;

/**
 * The bytes of one item, ready to parse: the file itself, or a fetched page kept in a
 * temporary file.
 *
 * @param source the named source it comes from
 * @param location the file's path or the page's URL
 * @param path where the bytes are
 * @param size their size in bytes
 * @param temporary whether {@code path} is a copy to delete once read
 * @param contentType the media type a server announced, or null
 */
public record SourceFile(String source, String location, Path path, long size, boolean temporary, String contentType) {

    /** A file read in place. */
    public static SourceFile local(String source, Path path, long size) {
        return new SourceFile(source, path.toString(), path, size, false, null);
    }
}
