package org.dossier.resolve.group;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.dossier.resolve.io.Binary;

/**
 * A name's kept sentences (by where they are) and the words around it (with their counts), as
 * the bytes the names' state holds them in: read back, they stay bytes until the name is
 * mentioned again or its names are built.
 *
 * @param sentences the sentences as {@link #sentences(TreeMap)} wrote them, or null for none
 * @param words the words as {@link #counts(Map)} wrote them, or null for none
 */
record Packed(byte[] sentences, byte[] words) {

    static byte[] sentences(TreeMap<String, String> kept) {
        if (kept == null) {
            return null;
        }
        return bytes(out -> {
            out.writeInt(kept.size());
            for (Map.Entry<String, String> sentence : kept.entrySet()) {
                Binary.writeString(out, sentence.getKey());
                Binary.writeString(out, sentence.getValue());
            }
        });
    }

    static TreeMap<String, String> sentences(byte[] packed) {
        ByteBuffer in = ByteBuffer.wrap(packed);
        TreeMap<String, String> kept = new TreeMap<>();
        for (int i = in.getInt(); i > 0; i--) {
            kept.put(string(in), string(in));
        }
        return kept;
    }

    static byte[] counts(Map<String, Integer> counts) {
        return counts == null ? null : bytes(out -> Binary.writeCounts(out, counts));
    }

    /** The counts {@link #counts(Map)} wrote, each word as {@code word} gives it (one instance of each, say). */
    static Map<String, Integer> counts(byte[] packed, UnaryOperator<String> word) {
        ByteBuffer in = ByteBuffer.wrap(packed);
        int size = in.getInt();
        Map<String, Integer> counts = new HashMap<>(Math.max(4, size * 4 / 3 + 1));
        for (int i = 0; i < size; i++) {
            counts.put(word.apply(string(in)), in.getInt());
        }
        return counts;
    }

    /** A name's sentences to show, read from its bytes each time they are asked for (for the few pairs an analyst reads). */
    static final class Sentences extends AbstractList<String> {

        private final byte[] packed;

        Sentences(byte[] packed) {
            this.packed = packed;
        }

        @Override
        public String get(int index) {
            return sentences(packed).values().stream().skip(index).findFirst()
                    .orElseThrow(() -> new IndexOutOfBoundsException(index));
        }

        @Override
        public int size() {
            return ByteBuffer.wrap(packed).getInt();
        }
    }

    private interface Writing {
        void to(DataOutputStream out) throws IOException;
    }

    private static byte[] bytes(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }
}
