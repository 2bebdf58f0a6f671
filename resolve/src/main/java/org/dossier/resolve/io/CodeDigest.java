package org.dossier.resolve.io;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of classes' code, which tells what an earlier version kept from what this one makes:
 * what a run keeps for the next is taken only when the code that made it is the same.
 */
public final class CodeDigest {

    private CodeDigest() {
    }

    /** The SHA-256 of the classes' bytes, in hex; without them, a value no other call gives, so nothing kept is taken. */
    public static String of(List<Class<?>> classes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Class<?> code : classes) {
                try (InputStream in = code.getResourceAsStream(code.getSimpleName() + ".class")) {
                    if (in == null) {
                        return unknown();
                    }
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return unknown();
        }
    }

    private static String unknown() {
        return "unknown " + System.nanoTime();
    }
}
