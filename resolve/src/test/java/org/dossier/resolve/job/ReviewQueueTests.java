package org.dossier.resolve.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.domain.ReviewCandidate;
import org.dossier.config.store.ReviewQueue;

/** The review queue as a run leaves it, on the store the resolve job uses. */
@SpringBootTest(properties = "dossier.resolve.run-on-startup=false")
@ActiveProfiles("test")
class ReviewQueueTests {

    @Autowired ReviewQueue queue;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void emptyQueue() {
        jdbc.update("DELETE FROM review_candidate");
    }

    @Test
    void aRunWritesOnlyThePairsThatChangedAndTheQueueReadsMostValuableFirst() {
        List<ReviewQueue.Queued> first = List.of(queued("PERSON:ana berg", "PERSON:anna berg", 0.6, 2),
                queued("PERSON:lena holm", "PERSON:lina holm", 0.5, 4), queued("ORGANIZATION:acme", "ORGANIZATION:acme ltd", 0.4, 3));
        List<Integer> asked = new ArrayList<>();
        queue.replace(first, candidates(first, asked), "state 1");
        Map<String, Long> rows = rows();
        asked.clear();

        // the same candidates: nothing is put into words or written again
        int unchanged = queue.replace(first, candidates(first, asked), "state 2").written();
        assertThat(unchanged).isZero();
        assertThat(asked).isEmpty();
        assertThat(rows()).isEqualTo(rows);
        assertThat(queue.first(10)).extracting(ReviewCandidate::mentions).containsExactly(4, 3, 2);

        // the Bergs have more mentions, the Holms' score moves a little, Acme is decided, a new pair comes
        List<ReviewQueue.Queued> next = List.of(queued("PERSON:ana berg", "PERSON:anna berg", 0.6, 5),
                queued("PERSON:lena holm", "PERSON:lina holm", 0.501, 4), queued("PERSON:jo sun", "PERSON:joe sun", 0.3, 1));
        int written = queue.replace(next, candidates(next, asked), "state 3").written();

        // only the new pair is put into words; the Bergs' count is brought up to date, their evidence kept
        assertThat(written).isEqualTo(3);
        assertThat(asked).containsExactly(2);
        assertThat(queue.find("PERSON:lena holm", "PERSON:lina holm").score()).isEqualTo(0.5);
        assertThat(rows()).containsOnlyKeys("PERSON:ana berg", "PERSON:lena holm", "PERSON:jo sun")
                .containsEntry("PERSON:lena holm", rows.get("PERSON:lena holm"))
                .containsEntry("PERSON:ana berg", rows.get("PERSON:ana berg"));
        assertThat(queue.first(10)).extracting(ReviewCandidate::keyA, ReviewCandidate::mentions, ReviewCandidate::evidence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PERSON:ana berg", 5, "evidence 2"),
                        org.assertj.core.groups.Tuple.tuple("PERSON:lena holm", 4, "evidence 4"),
                        org.assertj.core.groups.Tuple.tuple("PERSON:jo sun", 1, "evidence 1"));
        // Acme's evidence went with its row
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_evidence", Integer.class)).isEqualTo(3);
    }

    @Test
    void eachOfThousandsOfCandidatesAddedOrWrittenAgainKeepsItsOwnEvidence() {
        List<ReviewQueue.Queued> first = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            first.add(queued("PERSON:name " + i, "PERSON:other " + i, 0.5, i + 1));
        }
        queue.replace(first, candidates(first, new ArrayList<>()), "state 1");
        List<ReviewQueue.Queued> next = new ArrayList<>();
        for (int i = 0; i < 2_500; i += 2) {
            next.add(queued("PERSON:name " + i, "PERSON:other " + i, 0.9, i + 2));
        }

        assertThat(queue.replace(next, candidates(next, new ArrayList<>()), "state 2").written()).isEqualTo(2_500);
        List<ReviewCandidate> queued = queue.first(5_000);
        assertThat(queued).hasSize(1_250).allSatisfy(c -> {
            assertThat(c.keyB()).isEqualTo(c.keyA().replace("name", "other"));
            assertThat(c.evidence()).isEqualTo("evidence " + c.mentions());
            assertThat(c.score()).isEqualTo(0.9);
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_evidence", Integer.class)).isEqualTo(1_250);
    }

    @Test
    void aPairWhoseSharedNamesChangeIsWrittenAgain() {
        List<ReviewQueue.Queued> first = List.of(new ReviewQueue.Queued("PERSON:ana berg", "PERSON:anna berg", 0.6, 2, 0));
        queue.replace(first, candidates(first, new ArrayList<>()), "state 1");
        List<ReviewQueue.Queued> shared = List.of(new ReviewQueue.Queued("PERSON:ana berg", "PERSON:anna berg", 0.6, 3, 1));
        List<Integer> asked = new ArrayList<>();

        assertThat(queue.replace(shared, candidates(shared, asked), "state 2").written()).isEqualTo(1);
        assertThat(asked).containsExactly(0);
        assertThat(queue.find("PERSON:anna berg", "PERSON:ana berg").evidence()).isEqualTo("evidence 3");
    }

    @Test
    void aPairWhoseScoreMovesFurtherIsWrittenAgain() {
        List<ReviewQueue.Queued> first = List.of(queued("PERSON:ana berg", "PERSON:anna berg", 0.6, 2));
        queue.replace(first, candidates(first, new ArrayList<>()), "state 1");
        List<ReviewQueue.Queued> moved = List.of(queued("PERSON:ana berg", "PERSON:anna berg", 0.61, 2));

        assertThat(queue.replace(moved, candidates(moved, new ArrayList<>()), "state 2").written()).isEqualTo(1);
        assertThat(queue.find("PERSON:anna berg", "PERSON:ana berg").score()).isEqualTo(0.61);
    }

    @Test
    void aRunGivenTheRowsTheLastRunKeptReplacesTheQueueAsOneThatReadsThemBack() {
        // given: a queue written with a state, and the rows it now holds, as that run kept them
        List<ReviewQueue.Queued> first = List.of(queued("PERSON:ana berg", "PERSON:anna berg", 0.6, 2),
                queued("PERSON:lena holm", "PERSON:lina holm", 0.5, 4), queued("ORGANIZATION:acme", "ORGANIZATION:acme ltd", 0.4, 3));
        ReviewQueue.Replaced kept = queue.replace(first, candidates(first, new ArrayList<>()), "state 1");
        assertThat(queue.writtenWith()).isEqualTo("state 1");
        assertThat(kept.rows()).containsExactly(stored(first).toArray(ReviewQueue.Row[]::new));

        // when: the next run's candidates replace it, their rows given from what was kept, not read
        List<ReviewQueue.Queued> next = List.of(queued("PERSON:ana berg", "PERSON:anna berg", 0.6, 5),
                queued("PERSON:lena holm", "PERSON:lina holm", 0.501, 4), queued("PERSON:jo sun", "PERSON:joe sun", 0.3, 1));
        ReviewQueue.Row[] rowOf = {kept.rows()[0], kept.rows()[1], null};
        List<Integer> asked = new ArrayList<>();
        ReviewQueue.Replaced replaced = queue.replace(next, candidates(next, asked), rowOf,
                new long[] {kept.rows()[2].id()}, "state 2");

        // then: what reading them back writes (see above), and the rows it gives are those the store holds
        assertThat(replaced.written()).isEqualTo(3);
        assertThat(asked).containsExactly(2);
        assertThat(queue.first(10)).extracting(ReviewCandidate::keyA, ReviewCandidate::mentions, ReviewCandidate::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PERSON:ana berg", 5, 0.6),
                        org.assertj.core.groups.Tuple.tuple("PERSON:lena holm", 4, 0.5),
                        org.assertj.core.groups.Tuple.tuple("PERSON:jo sun", 1, 0.3));
        assertThat(replaced.rows()).containsExactly(stored(next).toArray(ReviewQueue.Row[]::new));
        assertThat(queue.size()).isEqualTo(3);
        assertThat(queue.writtenWith()).isEqualTo("state 2");
    }

    /** The rows the store holds for these candidates' pairs, in their order. */
    private List<ReviewQueue.Row> stored(List<ReviewQueue.Queued> queued) {
        return queued.stream().map(q -> jdbc.queryForObject("SELECT id, score, mentions, shared_co_mentions FROM"
                + " review_candidate WHERE name_a = ? AND name_b = ?", (rs, n) -> new ReviewQueue.Row(rs.getLong(1),
                rs.getDouble(2), rs.getInt(3), rs.getInt(4)), q.keyA(), q.keyB())).toList();
    }

    private static ReviewQueue.Queued queued(String a, String b, double score, int mentions) {
        return new ReviewQueue.Queued(a, b, score, mentions, 0);
    }

    /** The candidates in full, noting which were asked for. */
    private static IntFunction<ReviewCandidate> candidates(List<ReviewQueue.Queued> queued, List<Integer> asked) {
        return i -> {
            asked.add(i);
            ReviewQueue.Queued q = queued.get(i);
            return new ReviewCandidate(q.keyA(), q.keyB(), q.score(), q.mentions(), q.sharedCoMentions(),
                    "evidence " + q.mentions(), q.keyA(), q.keyB());
        };
    }

    /** Each row's id, by its first name. */
    private Map<String, Long> rows() {
        Map<String, Long> rows = new HashMap<>();
        jdbc.query("SELECT id, name_a FROM review_candidate", rs -> {
            rows.put(rs.getString(2), rs.getLong(1));
        });
        return rows;
    }
}
