package org.dossier.config.domain;

/**
 * An analyst's decision on two names, keyed by the names themselves (type and folded words), not
 * by entity ids, so that it holds however the names are clustered later.
 *
 * @param keyA one name's key ({@code PERSON:jurgen stock})
 * @param keyB the other's
 * @param verdict what was decided
 */
public record Judgement(String keyA, String keyB, Verdict verdict) {

    /** The pair's key, the same whichever way round the names are given. */
    public String pair() {
        return pair(keyA, keyB);
    }

    public static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
