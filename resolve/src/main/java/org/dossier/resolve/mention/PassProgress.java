package org.dossier.resolve.mention;

import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far a pass over the documents has come, logged every few seconds: at millions of mentions
 * a pass takes minutes, and an operator should see it move and when it will end.
 */
final class PassProgress {

    private static final Logger log = LoggerFactory.getLogger(MentionReader.class);
    static final Duration EVERY = Duration.ofSeconds(10);

    private final String pass;
    private final long total;
    private final long started = System.nanoTime();
    private long next = started + EVERY.toNanos();
    private long documents;
    private long mentions;

    /** @param total how many documents the pass will read */
    PassProgress(String pass, long total) {
        this.pass = pass;
        this.total = total;
    }

    /** Counts documents read, with their mentions; logs where the pass is when it is time. */
    void read(int documentsRead, int mentionsRead) {
        documents += documentsRead;
        mentions += mentionsRead;
        long now = System.nanoTime();
        if (now >= next) {
            next = now + EVERY.toNanos();
            log.info(line(now));
        }
    }

    String line(long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = documents / seconds;
        String left = total > documents && rate > 0 ? ", about " + duration((total - documents) / rate) + " left" : "";
        return String.format(Locale.ROOT, "Resolve, %s: %,d of %,d documents read (%,d mentions), %,.0f documents/s%s",
                pass, documents, total, mentions, rate, left);
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s < 3600 ? (s / 60) + " min " + (s % 60) + " s" : (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
