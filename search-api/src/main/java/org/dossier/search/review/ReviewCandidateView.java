package org.dossier.search.review;

import java.util.Arrays;
import java.util.List;

import org.dossier.config.domain.NameKey;
import org.dossier.config.domain.ReviewCandidate;

/**
 * A merge candidate as the queue shows it.
 *
 * @param type PERSON or ORGANIZATION
 * @param nameA the first name as the documents write it
 * @param score the resolver's probability that they are the same; null in a blind review
 * @param value what deciding it is worth: how uncertain the score is times how many mentions a
 *              decision moves; the queue is ordered by it. Null in a blind review: with the
 *              mentions, it gives the score away
 * @param evidence each feature's finding and contribution
 */
public record ReviewCandidateView(String keyA, String keyB, String type, String nameA, String nameB, Double score,
                                  int mentions, int sharedCoMentions, Double value, List<String> evidence) {

    static ReviewCandidateView of(ReviewCandidate candidate) {
        // 1 at a score of 0.5, 0 at 0 or 1.
        double uncertainty = 1 - Math.abs(2 * candidate.score() - 1);
        return new ReviewCandidateView(candidate.keyA(), candidate.keyB(), NameKey.type(candidate.keyA()),
                candidate.writtenA(), candidate.writtenB(), candidate.score(), candidate.mentions(),
                candidate.sharedCoMentions(), uncertainty * candidate.mentions(),
                Arrays.stream(candidate.evidence().split("\n")).filter(l -> !l.isBlank()).toList());
    }

    /** The same candidate without what a blind review hides: its score, its value and the features' findings. */
    ReviewCandidateView blind() {
        return new ReviewCandidateView(keyA, keyB, type, nameA, nameB, null, mentions, sharedCoMentions, null,
                List.of());
    }
}
