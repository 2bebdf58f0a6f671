package org.dossier.resolve.io;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Strings, lists of them and counts by string in a compact binary form, for the state resolve
 * keeps between runs: millions of names, written and read in seconds.
 */
public final class Binary {

    private Binary() {
    }

    /** A string of any length (UTF-8, its length first); null allowed. */
    public static void writeString(DataOutputStream out, String value) throws IOException {
        writeBytes(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    public static String readString(DataInputStream in) throws IOException {
        byte[] bytes = readBytes(in);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Bytes of any length, their length first; null allowed. */
    public static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes == null ? -1 : bytes.length);
        if (bytes != null) {
            out.write(bytes);
        }
    }

    public static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    public static void writeStrings(DataOutputStream out, Collection<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            writeString(out, value);
        }
    }

    public static List<String> readStrings(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(readString(in));
        }
        return values;
    }

    public static void writeCounts(DataOutputStream out, Map<String, Integer> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            writeString(out, entry.getKey());
            out.writeInt(entry.getValue());
        }
    }

    public static Map<String, Integer> readCounts(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, Integer> counts = new HashMap<>(Math.max(4, size * 4 / 3 + 1));
        for (int i = 0; i < size; i++) {
            counts.put(readString(in), in.readInt());
        }
        return counts;
    }
}
