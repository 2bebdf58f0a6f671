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
 */
public record ReviewCandidate(String keyA, String keyB, double score, int mentions, int sharedCoMentions,
                              String evidence) {
}
