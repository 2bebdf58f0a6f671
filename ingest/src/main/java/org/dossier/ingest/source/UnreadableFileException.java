package org.dossier.ingest.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.dossier.ingest.parse.UnreadableDocumentException;

/**
 * A file of a folder that could not be read at all: gone, forbidden, a link that leads nowhere
 * or back to itself, a name this system cannot spell. The message says which, in words an
 * operator can act on, for the skip ledger.
 */
public class UnreadableFileException extends UnreadableDocumentException {

    private static final char NOT_DECODED = '\uFFFD';

    public UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** What went wrong reading {@code location}, told from the system's exception. */
    public static UnreadableFileException of(String location, IOException e) {
        return new UnreadableFileException(reason(location, e), e);
    }

    static String reason(String location, IOException e) {
        if (location.indexOf(NOT_DECODED) >= 0) {
            return "the file name is not valid " + System.getProperty("sun.jnu.encoding", "UTF-8")
                    + " (bytes this system cannot spell): rename the file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: the run's user may not read it";
        }
        if (e instanceof FileSystemLoopException || e instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().contains("levels of symbolic links")) {
            return "a symbolic link loop: the link leads back to itself";
        }
        if (e instanceof NoSuchFileException) {
            Path path = Path.of(location);
            return Files.isSymbolicLink(path) ? "a symbolic link whose target is missing"
                    : "the file was gone when it was read (moved or deleted during the run)";
        }
        return "could not read the file: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
