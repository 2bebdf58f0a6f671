package org.dossier.resolve.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dossier.config.store.ReviewQueue;

class KnownQueueTest {

    private static final ReviewQueue.Row BERG = new ReviewQueue.Row(11, 0.6, 5, 1);
    private static final ReviewQueue.Row HOLM = new ReviewQueue.Row(12, 0.5, 4, 0);
    private static final ReviewQueue.Row ACME = new ReviewQueue.Row(13, 0.4, 3, 2);

    @Test
    void theNextRunFindsEachCandidatesRowByItsNamesAndTheRowsOfPairsNoLongerCandidates(@TempDir Path folder) {
        // given: a queue of three rows kept with a state, in no particular order of pairs
        Path file = folder.resolve("names.queue");
        KnownQueue.write(file, "state 1", new long[] {KnownQueue.pair(7, 9), KnownQueue.pair(2, 3), KnownQueue.pair(2, 8)},
                new ReviewQueue.Row[] {BERG, HOLM, ACME});

        // when: the next run, which read that state, matches its candidates: two pairs kept, one new
        KnownQueue.Match match = KnownQueue.read(file, "state 1", 3).orElseThrow()
                .match(new long[] {KnownQueue.pair(2, 8), KnownQueue.pair(4, 5), KnownQueue.pair(7, 9)});

        // then: each kept pair has its row, the new one none, and the pair left out is to be removed
        assertThat(match.rows()).containsExactly(ACME, null, BERG);
        assertThat(match.others()).containsExactly(HOLM.id());
    }

    @Test
    void aCopyKeptWithAnotherStateOrOfAnotherSizeThanTheStoresQueueIsNotTrusted(@TempDir Path folder) {
        Path file = folder.resolve("names.queue");
        KnownQueue.write(file, "state 1", new long[] {KnownQueue.pair(1, 2)}, new ReviewQueue.Row[] {BERG});

        assertThat(KnownQueue.read(file, "state 1", 1)).isPresent();
        assertThat(KnownQueue.read(file, "state 2", 1)).isEmpty();
        // rows added or removed in the store since (by anything else) make the copy stale
        assertThat(KnownQueue.read(file, "state 1", 0)).isEmpty();
        assertThat(KnownQueue.read(folder.resolve("none"), "state 1", 1)).isEmpty();
    }
}
