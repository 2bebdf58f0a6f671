package org.dossier.ingest.source;

import java.nio.file.Path;

/**
 * A file found in a source folder.
 *
 * @param root the folder the run was pointed at
 * @param path the file
 * @param size its size in bytes
 */
public record SourceFile(Path root, Path path, long size) {
}
