package org.dossier.resolve.state;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dossier.config.store.ReviewQueue;
import org.dossier.resolve.io.Binary;

/**
 * The review queue as a run left it in the store, each row by its pair of names' numbers (which
 * a run that reads on from the state keeps), in a file beside the state (see
 * {@link StateFiles#queueOf}): the next run compares its candidates with these rather than read
 * every row back from the store (a corpus's worth of rows, where a night changes a few). It is
 * trusted only while the store says the queue was last written whole with the very state the run
 * read, and holds as many rows as the copy (see {@link #read}).
 */
public final class KnownQueue {

    private static final Logger log = LoggerFactory.getLogger(KnownQueue.class);
    private static final int FORMAT = 0x4B510001;
    private static final int CHUNK = 1 << 16;

    private final long[] pairs;
    private final ReviewQueue.Row[] rows;

    private KnownQueue(long[] pairs, ReviewQueue.Row[] rows) {
        this.pairs = pairs;
        this.rows = rows;
    }

    /** The candidates' rows, side by side with them, and the rows of pairs that are no candidates now. */
    public record Match(ReviewQueue.Row[] rows, long[] others) {
    }

    /**
     * The copy in {@code file}, when it was kept with {@code state} and has {@code rowsInStore} rows;
     * else none, and the queue is read from the store.
     */
    public static Optional<KnownQueue> read(Path file, String state, long rowsInStore) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), CHUNK))) {
            if (in.readInt() != FORMAT || !Objects.equals(Binary.readString(in), state)) {
                log.info("{} was not kept with the state read: the review queue is read from the store", file);
                return Optional.empty();
            }
            int count = in.readInt();
            if (count != rowsInStore) {
                log.info("The store holds {} pairs for review, its copy {}: the review queue is read from the store",
                        rowsInStore, count);
                return Optional.empty();
            }
            long[] pairs = new long[count];
            ReviewQueue.Row[] rows = new ReviewQueue.Row[count];
            for (int i = 0; i < count; i++) {
                pairs[i] = in.readLong();
                rows[i] = new ReviewQueue.Row(in.readLong(), in.readDouble(), in.readInt(), in.readInt());
            }
            return Optional.of(new KnownQueue(pairs, rows));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not read {} ({}): the review queue is read from the store", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Each candidate's row, by its pair of names' numbers, and the ids of the rows no candidate has.
     *
     * @param candidates each candidate's pair of names' numbers (see {@link #pair})
     */
    public Match match(long[] candidates) {
        ReviewQueue.Row[] found = new ReviewQueue.Row[candidates.length];
        boolean[] taken = new boolean[pairs.length];
        for (int i = 0; i < candidates.length; i++) {
            int at = Arrays.binarySearch(pairs, candidates[i]);
            if (at >= 0) {
                found[i] = rows[at];
                taken[at] = true;
            }
        }
        long[] others = new long[pairs.length];
        int n = 0;
        for (int at = 0; at < pairs.length; at++) {
            if (!taken[at]) {
                others[n++] = rows[at].id();
            }
        }
        return new Match(found, Arrays.copyOf(others, n));
    }

    /** A pair of names by their numbers, the first name's (in key order) high. */
    public static long pair(int first, int second) {
        return (long) first << 32 | second & 0xFFFFFFFFL;
    }

    /**
     * Keeps the queue as written: {@code rows[i]} is the row of the pair {@code candidates[i]}.
     *
     * @param state the state the queue was written with
     */
    public static void write(Path file, String state, long[] candidates, ReviewQueue.Row[] rows) {
        Integer[] order = new Integer[candidates.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(candidates[x], candidates[y]));
        Path written = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(written), CHUNK))) {
            out.writeInt(FORMAT);
            Binary.writeString(out, state);
            out.writeInt(candidates.length);
            for (int i : order) {
                ReviewQueue.Row row = rows[i];
                out.writeLong(candidates[i]);
                out.writeLong(row.id());
                out.writeDouble(row.score());
                out.writeInt(row.mentions());
                out.writeInt(row.sharedCoMentions());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the review queue in " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the review queue in " + file + ": " + e.getMessage(), e);
        }
    }
}
