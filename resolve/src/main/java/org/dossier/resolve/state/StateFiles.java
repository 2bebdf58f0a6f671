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

    /** Where the copy of the review queue written with a state is kept (see {@link KnownQueue}). */
    public Path queueOf(Path state) {
        return state.resolveSibling(state.getFileName() + ".queue");
    }

    /**
     * What the store's review queue records as written with the state stamped {@code stamp}: the
     * state's name (one store may serve several indices) and its stamp.
     */
    public String queueMark(String stamp) {
        return stamp == null ? null : current.getFileName() + " " + stamp;
    }

    /** The pending state becomes the current one, with its scores and queue, if there is one. */
    public void promote() {
        try {
            if (Files.exists(pending)) {
                // The scores and queue know the state they were made with: a crash between the moves loses no more than them.
                Files.move(pending, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                for (Path kept : new Path[] {scoresOf(pending), queueOf(pending)}) {
                    Path now = current.resolveSibling(current.getFileName()
                            + kept.getFileName().toString().substring(pending.getFileName().toString().length()));
                    if (Files.exists(kept)) {
                        Files.move(kept, now, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } else {
                        Files.deleteIfExists(now);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the names resolved in " + current + ": " + e.getMessage(), e);
        }
    }
}
