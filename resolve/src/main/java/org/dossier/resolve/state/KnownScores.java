package org.dossier.resolve.state;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dossier.resolve.io.Binary;
import org.dossier.resolve.io.CodeDigest;
import org.dossier.resolve.normalize.NameNormalizer;
import org.dossier.resolve.score.ContextEvidence;
import org.dossier.resolve.score.NameComparator;
import org.dossier.resolve.score.NameFeatures;
import org.dossier.resolve.score.NameModel;
import org.dossier.resolve.score.PairScores;
import org.dossier.resolve.score.SameNameEvidence;
import org.dossier.resolve.score.ScoreMemory;

/**
 * The last run's pairs with their name scores and context levels, in a file beside the names'
 * state (see {@link StateFiles#scoresOf}). Its pairs are indices into that run's names, which are
 * in key order as this run's are: with each name's number (which a run that reads on from the
 * state keeps) a pair of the last run is found among this run's in one pass over both, in order.
 * A pair is recalled only when neither of its names is in a document read since, the file was
 * written with the state this run read, and by the same name model (analysts' judgements teach it)
 * and code. After the pairs, the file holds the pairs for review with how many co-mentioned names
 * their two names share, recalled on the same terms.
 */
public final class KnownScores implements ScoreMemory {

    private static final Logger log = LoggerFactory.getLogger(KnownScores.class);
    private static final int FORMAT = 0x4B530001;
    /** A pair's record: the pair, its name score, its levels. */
    private static final int RECORD = Long.BYTES + Double.BYTES + 1;
    private static final int CHUNK = 1 << 16;

    private final Path last;
    private final String lastState;
    private final Path next;
    private final String nextState;
    private final String scoring;
    private final int[] numbers;
    private final BitSet changed;
    /**
     * The last run's pairs for review whose names are unchanged, in this run's indices and order,
     * and what they share: the same whichever part of the pairs recalled them (parts recall side by side).
     */
    private volatile Reviewed reviewed = new Reviewed(new long[0], new int[0]);
    private boolean keptShared;

    private record Reviewed(long[] pairs, int[] shared) {
    }

    /**
     * @param last the last run's file, or null when this run reads its names afresh
     * @param lastState the stamp of the state this run read its names from ({@link StateFiles#stamp})
     * @param next where this run's pairs go
     * @param nextState the stamp of the state this run wrote
     * @param scoring what the scores depend on beside the names (see {@link #scoring})
     * @param numbers each name's number, by its index among the names resolved
     * @param changed the numbers of the names mentioned in the documents read this run
     */
    public KnownScores(Path last, String lastState, Path next, String nextState, String scoring, int[] numbers,
                       BitSet changed) {
        this.last = last;
        this.lastState = lastState;
        this.next = next;
        this.nextState = nextState;
        this.scoring = scoring;
        this.numbers = numbers;
        this.changed = changed;
    }

    @Override
    public BitSet recall(long[] pairs, double[] names, byte[] levels) {
        BitSet known = new BitSet(pairs.length);
        if (last == null || lastState == null) {
            return known;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(last), CHUNK))) {
            if (in.readInt() != FORMAT || !Objects.equals(Binary.readString(in), lastState)) {
                log.info("{} is not of the state read: every pair is scored", last);
                return known;
            }
            if (!scoring.equals(Binary.readString(in))) {
                log.info("The name model (analysts' judgements teach it) or the code that scores names changed since"
                        + " the last run: every pair is scored");
                return known;
            }
            int[] indexOf = indexOfNumber();
            int[] was = new int[in.readInt()];
            for (int i = 0; i < was.length; i++) {
                int number = in.readInt();
                // A name mentioned again, or no name now, has no index: its pairs are scored again.
                was[i] = number < indexOf.length && !changed.get(number) ? indexOf[number] : -1;
            }
            long count = in.readLong();
            byte[] chunk = new byte[RECORD * CHUNK];
            ByteBuffer buffer = ByteBuffer.wrap(chunk);
            int k = 0;
            for (long read = 0; read < count; ) {
                int n = (int) Math.min(CHUNK, count - read);
                in.readFully(chunk, 0, n * RECORD);
                buffer.clear();
                for (int r = 0; r < n; r++) {
                    long pair = buffer.getLong();
                    double score = buffer.getDouble();
                    byte level = buffer.get();
                    int a = was[(int) (pair >>> 32)];
                    int b = was[(int) pair];
                    if (a < 0 || b < 0) {
                        continue;
                    }
                    // Names keep their order from run to run, so the pairs come in this run's order.
                    long now = (long) a << 32 | b;
                    while (k < pairs.length && pairs[k] < now) {
                        k++;
                    }
                    if (k < pairs.length && pairs[k] == now) {
                        names[k] = score;
                        levels[k] = level;
                        known.set(k);
                    }
                }
                read += n;
            }
            readShared(in, was);
            log.info("{} of {} pairs scored by the last run, their names unchanged", known.cardinality(), pairs.length);
            return known;
        } catch (NoSuchFileException e) {
            return known;
        } catch (IOException | RuntimeException e) {
            log.warn("Could not read {} ({}): every pair is scored", last, e.toString());
            known.clear();
            return known;
        }
    }

    /**
     * The pairs for review after the pairs, as they were written, if they were: a file of a run cut
     * off before its review, or cut short, has none.
     */
    private void readShared(DataInputStream in, int[] was) throws IOException {
        try {
            int count = in.readInt();
            long[] pairs = new long[count];
            int[] shared = new int[count];
            int kept = 0;
            for (int i = 0; i < count; i++) {
                long pair = in.readLong();
                int value = in.readInt();
                int a = was[(int) (pair >>> 32)];
                int b = was[(int) pair];
                if (a >= 0 && b >= 0) {
                    pairs[kept] = (long) a << 32 | b;
                    shared[kept++] = value;
                }
            }
            reviewed = new Reviewed(Arrays.copyOf(pairs, kept), Arrays.copyOf(shared, kept));
        } catch (EOFException none) {
            reviewed = new Reviewed(new long[0], new int[0]);
        }
    }

    @Override
    public BitSet recallShared(long[] pairs, List<Integer> forReview, int[] shared) {
        BitSet known = new BitSet(forReview.size());
        Reviewed last = reviewed;
        for (int r = 0; r < forReview.size(); r++) {
            int at = Arrays.binarySearch(last.pairs(), pairs[forReview.get(r)]);
            if (at >= 0) {
                shared[r] = last.shared()[at];
                known.set(r);
            }
        }
        if (last.pairs().length > 0) {
            log.info("{} of {} pairs for review counted by the last run, their names unchanged", known.cardinality(),
                    forReview.size());
        }
        return known;
    }

    /** Appended to the file {@link #keep} wrote, which becomes the current one only with the state, at the run's end. */
    @Override
    public void keepShared(long[] pairs, List<Integer> forReview, int[] shared) {
        if (keptShared || !Files.exists(next)) {
            return;
        }
        keptShared = true;
        Integer[] inPairOrder = new Integer[forReview.size()];
        for (int r = 0; r < inPairOrder.length; r++) {
            inPairOrder[r] = r;
        }
        Arrays.sort(inPairOrder, Comparator.comparingInt(forReview::get));
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(next, StandardOpenOption.APPEND), CHUNK))) {
            out.writeInt(inPairOrder.length);
            for (int r : inPairOrder) {
                out.writeLong(pairs[forReview.get(r)]);
                out.writeInt(shared[r]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the pairs for review in " + next + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void keep(long[] pairs, double[] names, byte[] levels) {
        Path written = next.resolveSibling(next.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(written), CHUNK))) {
            out.writeInt(FORMAT);
            Binary.writeString(out, nextState);
            Binary.writeString(out, scoring);
            out.writeInt(numbers.length);
            for (int number : numbers) {
                out.writeInt(number);
            }
            out.writeLong(pairs.length);
            byte[] chunk = new byte[RECORD * CHUNK];
            ByteBuffer buffer = ByteBuffer.wrap(chunk);
            for (int k = 0; k < pairs.length; k++) {
                buffer.putLong(pairs[k]).putDouble(names[k]).put(levels[k]);
                if (!buffer.hasRemaining() || k == pairs.length - 1) {
                    out.write(chunk, 0, buffer.position());
                    buffer.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the pairs scored in " + next + ": " + e.getMessage(), e);
        }
        try {
            Files.move(written, next, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the pairs scored in " + next + ": " + e.getMessage(), e);
        }
    }

    /**
     * What a pair's name score and context levels depend on beside the names: the model's weights
     * (analysts' judgements teach it) and the code that normalises, compares and places the names,
     * by a digest of its classes, so that scores kept by an earlier version are not taken for this
     * one's.
     */
    public static String scoring(NameModel model) {
        return model + " " + CodeDigest.of(List.of(NameNormalizer.class, NameFeatures.class, SameNameEvidence.class,
                NameComparator.class, NameModel.class, ContextEvidence.class, PairScores.class));
    }

    /** This run's index of each name, by number; -1 for a number that is no name resolved. */
    private int[] indexOfNumber() {
        int size = 0;
        for (int number : numbers) {
            size = Math.max(size, number + 1);
        }
        int[] indexOf = new int[size];
        Arrays.fill(indexOf, -1);
        for (int i = 0; i < numbers.length; i++) {
            indexOf[numbers[i]] = i;
        }
        return indexOf;
    }
}
