package org.dossier.config.domain;

/**
 * A pair of names the resolver was unsure of, for an analyst to decide.
 *
 * @param keyA one name's key ({@code PERSON:ana berg})
 * @param keyB the other's
 * @param score the probability that they are the same, between the review and merge bands
 * @param mentions how many mentions deciding it would move: what orders the queue
 * @param sharedCoMentions how many names are mentioned alongside both
 * @param evidence each feature's finding and contribution, one per line
 * @param writtenA the first name as the documents most often write it; its key's words when unknown
 * @param writtenB the other's
 */
public record ReviewCandidate(String keyA, String keyB, double score, int mentions, int sharedCoMentions,
                              String evidence, String writtenA, String writtenB) {

    public ReviewCandidate {
        writtenA = writtenA == null ? NameKey.text(keyA) : writtenA;
        writtenB = writtenB == null ? NameKey.text(keyB) : writtenB;
    }

    /** A candidate whose names are known by their keys only. */
    public ReviewCandidate(String keyA, String keyB, double score, int mentions, int sharedCoMentions, String evidence) {
        this(keyA, keyB, score, mentions, sharedCoMentions, evidence, null, null);
    }
}
