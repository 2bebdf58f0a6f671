package org.dossier.resolve.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the state between runs is kept, for one documents index: the state of the last finished
 * run ({@code current}), and the state a run has built ({@code pending}), which becomes the
 * current one only when the run has given every mention its entity. A run that fails before
 * then leaves the current state as it was, so its restart, or the next run, reads its documents again.
 */
public record StateFiles(Path current, Path pending) {

    /** The files in {@code directory} for the documents index {@code documentsIndex}. */
    public static StateFiles in(Path directory, String documentsIndex) {
        return new StateFiles(directory.resolve(documentsIndex + ".names"), directory.resolve(documentsIndex + ".names.pending"));
    }

    /**
     * What tells one writing of {@code file} from another, for a process that must know whether it
     * sees the file a run wrote: its size and time; null when there is none.
     */
    public String stamp(Path file) {
        try {
            return Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    /** Where the pairs scored with a state are kept (see {@link KnownScores}). */
    public Path scoresOf(Path state) {
        return state.resolveSibling(state.getFileName() + ".scores");
    }

    /** The pending state becomes the current one, with its scores, if there is one. */
    public void promote() {
        try {
            if (Files.exists(pending)) {
                // The scores know the state they were made with: a crash between the two moves loses no more than them.
                Files.move(pending, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                if (Files.exists(scoresOf(pending))) {
                    Files.move(scoresOf(pending), scoresOf(current), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(scoresOf(current));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the names resolved in " + current + ": " + e.getMessage(), e);
        }
    }
}
