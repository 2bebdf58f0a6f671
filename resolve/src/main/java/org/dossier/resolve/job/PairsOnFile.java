package org.dossier.resolve.job;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.Verdict;
import org.dossier.resolve.NameResolver;
import org.dossier.resolve.block.Blocker;
import org.dossier.resolve.io.Binary;

/**
 * What the names steps hand on through files beside the state they wrote, when the pairs step's
 * parts run on worker processes: the run's side of the scoring ({@link Input}: with the state,
 * all a worker needs to make and score the pairs of a part as the run would), and each part's
 * pairs back, one file per part, named by the run.
 */
final class PairsOnFile {

    private static final int INPUT = 0x50490001;
    private static final int PART = 0x50500001;
    private static final int BUFFER = 1 << 16;
    /** After the state file's name: what its input and parts are called. */
    private static final String PREFIX = ".pairs-";

    /**
     * @param state the stamp of the state the run wrote and its names come from
     * @param lastState the stamp of the state the run read on from (its kept scores'), or null
     * @param maxBlock the run's cap on a block
     * @param standing the analysts' judgements the run read, which teach the comparator
     * @param changed the numbers of the names mentioned in the documents read this run
     * @param names how many names the run resolves
     * @param numbersHash a hash of each name's number in order: a worker's names are the run's only if it is the same
     */
    record Input(String state, String lastState, int maxBlock, List<Judgement> standing, BitSet changed, int names,
                 int numbersHash) {

        static int hash(int[] numbers) {
            return Arrays.hashCode(numbers);
        }
    }

    private PairsOnFile() {
    }

    static void writeInput(Path file, Input input) {
        write(file, out -> {
            out.writeInt(INPUT);
            Binary.writeString(out, input.state());
            Binary.writeString(out, input.lastState());
            out.writeInt(input.maxBlock());
            out.writeInt(input.standing().size());
            for (Judgement judgement : input.standing()) {
                Binary.writeString(out, judgement.keyA());
                Binary.writeString(out, judgement.keyB());
                Binary.writeString(out, judgement.verdict().name());
            }
            writeBits(out, input.changed());
            out.writeInt(input.names());
            out.writeInt(input.numbersHash());
        });
    }

    static Input readInput(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            if (in.readInt() != INPUT) {
                throw new IOException(file + " is of another format");
            }
            String state = Binary.readString(in);
            String lastState = Binary.readString(in);
            int maxBlock = in.readInt();
            int count = in.readInt();
            List<Judgement> standing = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                standing.add(new Judgement(Binary.readString(in), Binary.readString(in),
                        Verdict.valueOf(Binary.readString(in))));
            }
            return new Input(state, lastState, maxBlock, standing, readBits(in), in.readInt(), in.readInt());
        }
    }

    /** Where a run whose parts run on workers leaves them its {@link Input}, beside the state file {@code state}. */
    static Path inputOf(Path state) {
        return state.resolveSibling(state.getFileName() + PREFIX + "input");
    }

    /** Where part {@code part} of run {@code runId} puts its pairs, beside the state file {@code state}. */
    static Path partOf(Path state, long runId, int part) {
        return state.resolveSibling(state.getFileName() + PREFIX + runId + "-" + part);
    }

    static void writePart(Path file, NameResolver.ScoredPairs part) {
        write(file, out -> {
            out.writeInt(PART);
            Blocker.Candidates candidates = part.candidates();
            out.writeInt(candidates.pairsByRule().size());
            for (Map.Entry<String, Long> rule : candidates.pairsByRule().entrySet()) {
                Binary.writeString(out, rule.getKey());
                out.writeLong(rule.getValue());
            }
            out.writeInt(candidates.oversizeBlocks().size());
            for (Blocker.OversizeBlock block : candidates.oversizeBlocks()) {
                Binary.writeString(out, block.rule());
                Binary.writeString(out, block.key());
                out.writeInt(block.members().size());
                for (int member : block.members()) {
                    out.writeInt(member);
                }
            }
            long[] pairs = candidates.pairs();
            out.writeInt(pairs.length);
            for (int k = 0; k < pairs.length; k++) {
                out.writeLong(pairs[k]);
                out.writeDouble(part.names()[k]);
                out.writeByte(part.levels()[k]);
            }
            writeBits(out, part.known());
            out.writeLong(part.blockNanos());
            out.writeLong(part.scoreNanos());
        });
    }

    static NameResolver.ScoredPairs readPart(Path file) throws IOException {
        try (DataInputStream in = open(file)) {
            if (in.readInt() != PART) {
                throw new IOException(file + " is of another format");
            }
            Map<String, Long> byRule = new LinkedHashMap<>();
            for (int r = in.readInt(); r > 0; r--) {
                byRule.put(Binary.readString(in), in.readLong());
            }
            List<Blocker.OversizeBlock> oversize = new ArrayList<>();
            for (int b = in.readInt(); b > 0; b--) {
                String rule = Binary.readString(in);
                String key = Binary.readString(in);
                List<Integer> members = new ArrayList<>();
                for (int m = in.readInt(); m > 0; m--) {
                    members.add(in.readInt());
                }
                oversize.add(new Blocker.OversizeBlock(rule, key, members));
            }
            int count = in.readInt();
            long[] pairs = new long[count];
            double[] names = new double[count];
            byte[] levels = new byte[count];
            for (int k = 0; k < count; k++) {
                pairs[k] = in.readLong();
                names[k] = in.readDouble();
                levels[k] = in.readByte();
            }
            return new NameResolver.ScoredPairs(new Blocker.Candidates(pairs, byRule, oversize), names, levels,
                    readBits(in), in.readLong(), in.readLong());
        }
    }

    /** The parts of run {@code runId} beside {@code state}, by part. */
    static List<Path> parts(Path state, long runId) {
        String prefix = state.getFileName() + PREFIX + runId + "-";
        TreeMap<Integer, Path> parts = new TreeMap<>();
        for (Path file : listed(state)) {
            String name = file.getFileName().toString();
            if (name.startsWith(prefix) && name.substring(prefix.length()).matches("\\d+")) {
                parts.put(Integer.parseInt(name.substring(prefix.length())), file);
            }
        }
        return new ArrayList<>(parts.values());
    }

    /** Removes the input and every part beside {@code state}, of whatever run: a run's own go once read, a failed run's with the next. */
    static void clear(Path state) {
        try {
            for (Path file : listed(state)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the pairs scored beside " + state + ": " + e.getMessage(), e);
        }
    }

    /** The input and the parts beside {@code state}, of whatever run, written or being written. */
    private static List<Path> listed(Path state) {
        Path directory = state.toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(directory, state.getFileName() + PREFIX + "*")) {
            found.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + directory + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static void writeBits(DataOutputStream out, BitSet bits) throws IOException {
        long[] words = bits.toLongArray();
        out.writeInt(words.length);
        for (long word : words) {
            out.writeLong(word);
        }
    }

    private static BitSet readBits(DataInputStream in) throws IOException {
        long[] words = new long[in.readInt()];
        for (int i = 0; i < words.length; i++) {
            words[i] = in.readLong();
        }
        return BitSet.valueOf(words);
    }

    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    /** Writes {@code file} whole or not at all. */
    private static void write(Path file, Writing writing) {
        Path written = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(written), BUFFER))) {
                writing.to(out);
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
    }
}
