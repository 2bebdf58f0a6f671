package org.dossier.search.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks passwords with a slow hash (bcrypt) once, then remembers the good ones for a few
 * minutes. An API client with HTTP Basic sends its password with every request; bcrypt's
 * deliberate 50 to 100 ms of CPU each time would be most of a search's cost. What is remembered
 * is an HMAC, under a key made at start and never stored, of the stored hash and the password:
 * a changed password no longer matches, and a wrong one is always checked in full.
 */
final class RememberedPasswords implements PasswordEncoder {

    static final long KEEP_NANOS = 5 * 60 * 1_000_000_000L;
    private static final int MAX_REMEMBERED = 10_000;

    private final PasswordEncoder slow;
    private final SecretKeySpec key;
    private final Map<String, Long> remembered = new ConcurrentHashMap<>();

    RememberedPasswords(PasswordEncoder slow) {
        this.slow = slow;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return slow.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return slow.matches(rawPassword, encodedPassword);
        }
        String mark = mark(rawPassword, encodedPassword);
        long now = System.nanoTime();
        Long checked = remembered.get(mark);
        if (checked != null && now - checked < KEEP_NANOS) {
            return true;
        }
        boolean good = slow.matches(rawPassword, encodedPassword);
        if (good) {
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(mark, now);
        }
        return good;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return slow.upgradeEncoding(encodedPassword);
    }

    private String mark(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
        }
    }
}
