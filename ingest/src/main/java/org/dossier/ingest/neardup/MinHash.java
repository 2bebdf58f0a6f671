package org.dossier.ingest.neardup;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MinHash signature of a text's three-word shingles: the share of equal values in two
 * signatures estimates how many shingles the texts share (their Jaccard similarity). A story
 * republished under a new headline, or with a sentence changed, keeps most of its shingles.
 * The signature is cut into {@value #BANDS} bands of {@value #ROWS} values; texts that share
 * 80% of their shingles share a band with near certainty, unrelated texts almost never, so the
 * index finds the candidates with a terms query on the bands.
 */
public final class MinHash {

    public static final int BANDS = 16;
    public static final int ROWS = 4;
    public static final int SIZE = BANDS * ROWS;
    /** Estimated share of common shingles from which two texts are near-duplicates. */
    public static final double THRESHOLD = 0.5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int SHINGLE = 3;
    private static final long[] SEEDS = new long[SIZE];

    static {
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            seed = mix(seed + 0x9E3779B97F4A7C15L);
            SEEDS[i] = seed;
        }
    }

    private MinHash() {
    }

    /** The signature; an empty text has none (empty list). */
    public static List<Integer> of(String text) {
        Set<Long> shingles = shingles(text);
        if (shingles.isEmpty()) {
            return List.of();
        }
        int[] min = new int[SIZE];
        java.util.Arrays.fill(min, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < SIZE; i++) {
                int value = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
                if (value < min[i]) {
                    min[i] = value;
                }
            }
        }
        List<Integer> signature = new ArrayList<>(SIZE);
        for (int value : min) {
            signature.add(value);
        }
        return signature;
    }

    /** The signature's bands as index terms: "band:hash of its rows". */
    public static List<String> bands(List<Integer> signature) {
        List<String> bands = new ArrayList<>(BANDS);
        if (signature.size() != SIZE) {
            return bands;
        }
        for (int band = 0; band < BANDS; band++) {
            long h = band;
            for (int row = 0; row < ROWS; row++) {
                h = mix(h * 31 + signature.get(band * ROWS + row));
            }
            bands.add(band + ":" + Long.toHexString(h));
        }
        return bands;
    }

    /** The estimated share of shingles two texts have in common. */
    public static double similarity(List<Integer> a, List<Integer> b) {
        if (a.size() != SIZE || b.size() != SIZE) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a.get(i).equals(b.get(i))) {
                equal++;
            }
        }
        return (double) equal / SIZE;
    }

    /**
     * The same estimate against a signature known only by its values in ascending order (as the
     * index's doc values give them): the values the two share, counted with repeats. Two values of
     * different positions are equal by chance about once in 2^31 comparisons, so this is the
     * share of equal positions but for a rare one.
     */
    public static double similarity(List<Integer> a, int[] sortedB) {
        if (a.size() != SIZE || sortedB.length != SIZE) {
            return 0;
        }
        int[] sortedA = a.stream().mapToInt(Integer::intValue).sorted().toArray();
        int equal = 0;
        for (int i = 0, j = 0; i < SIZE && j < SIZE; ) {
            if (sortedA[i] == sortedB[j]) {
                equal++;
                i++;
                j++;
            } else if (sortedA[i] < sortedB[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) equal / SIZE;
    }

    private static Set<Long> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i < Math.max(1, words.size() - SHINGLE + 1) && !words.isEmpty(); i++) {
            shingles.add(hash(String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE)))));
        }
        return shingles;
    }

    /** 64-bit FNV-1a of the shingle. */
    private static long hash(String shingle) {
        long h = 0xcbf29ce484222325L;
        for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** Murmur3's 64-bit finaliser: every input bit moves about half the output bits. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
