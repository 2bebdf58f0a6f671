package org.dossier.config.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import org.dossier.config.domain.ReviewCandidate;

/** The review_candidate table: the pairs the last resolve run left to analysts, most valuable first. */
public class ReviewQueue {

    private static final int MAX_TEXT = 1000;
    private static final int MAX_EVIDENCE = 4000;
    /** How far a queued pair's score may move before its row is written again. */
    public static final double SCORE_MOVES = 0.005;
    private static final String SELECT = "SELECT name_a, name_b, score, mentions, shared_co_mentions, evidence,"
            + " written_a, written_b FROM review_candidate";
    private static final RowMapper<ReviewCandidate> CANDIDATE = (rs, row) ->
            new ReviewCandidate(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getInt(4), rs.getInt(5),
                    rs.getString(6), rs.getString(7), rs.getString(8));

    private final JdbcTemplate jdbc;

    public ReviewQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A candidate as the queue compares it with its row: the pair and the figures. */
    public record Queued(String keyA, String keyB, double score, int mentions, int sharedCoMentions) {

        private String pair() {
            return keyA + "\u0000" + keyB;
        }

        /**
         * The same figures, the score within {@link #SCORE_MOVES} of this one: the weights learnt
         * from the corpus move every score a little with each night's documents, which is no news
         * for an analyst.
         */
        boolean sameAs(Queued other) {
            return sameEvidence(other) && mentions == other.mentions;
        }

        /**
         * What the evidence says is still true: the same shared names and the score within
         * {@link #SCORE_MOVES}. The mentions that deciding the pair would move are no part of it.
         */
        boolean sameEvidence(Queued other) {
            return pair().equals(other.pair()) && sharedCoMentions == other.sharedCoMentions
                    && Math.abs(score - other.score) < SCORE_MOVES;
        }
    }

    /** A row of the queue, as {@link #replace} compares it. */
    private record Row(long id, Queued queued) {
    }

    /**
     * Makes the queue a run's candidates, writing only what differs from the queue as it is: a
     * candidate whose pair is queued with the same shared names and a score less than
     * {@link #SCORE_MOVES} away keeps its row and its evidence, not put into words again (only its
     * count of mentions is brought up to date, when its names were mentioned again); one whose
     * score or shared names moved is written again, a new one added, and a pair no longer a
     * candidate removed. The order is the value's (see {@link #first}), not the rows'.
     *
     * @param queued the candidates' pairs and figures
     * @param candidate the {@code i}th candidate in full, asked for only when it is written
     * @return how many rows were written or removed
     */
    public int replace(List<Queued> queued, IntFunction<ReviewCandidate> candidate) {
        Map<String, Row> rows = new HashMap<>();
        jdbc.query("SELECT id, name_a, name_b, score, mentions, shared_co_mentions FROM review_candidate", rs -> {
            Row row = new Row(rs.getLong(1), new Queued(rs.getString(2), rs.getString(3), rs.getDouble(4), rs.getInt(5),
                    rs.getInt(6)));
            rows.put(row.queued().pair(), row);
        });
        List<Integer> added = new ArrayList<>();
        List<long[]> changed = new ArrayList<>();
        List<long[]> recounted = new ArrayList<>();
        for (int i = 0; i < queued.size(); i++) {
            Queued q = queued.get(i);
            Row row = rows.remove(clipped(q).pair());
            if (row == null) {
                added.add(i);
            } else if (row.queued().sameEvidence(clipped(q))) {
                if (row.queued().mentions() != q.mentions()) {
                    recounted.add(new long[] {row.id(), q.mentions()});
                }
            } else {
                changed.add(new long[] {row.id(), i});
            }
        }
        jdbc.batchUpdate("DELETE FROM review_candidate WHERE id = ?", new ArrayList<>(rows.values()), 1000,
                (ps, row) -> ps.setLong(1, row.id()));
        // Only the count moved (its names were mentioned again): the evidence stands.
        jdbc.batchUpdate("UPDATE review_candidate SET mentions = ? WHERE id = ?", recounted, 1000, (ps, count) -> {
            ps.setInt(1, (int) count[1]);
            ps.setLong(2, count[0]);
        });
        jdbc.batchUpdate("UPDATE review_candidate SET " + FIGURES.replace(",", " = ?,") + " = ? WHERE id = ?", changed,
                1000, (ps, change) -> {
                    bindFigures(ps, candidate.apply((int) change[1]));
                    ps.setLong(7, change[0]);
                });
        jdbc.batchUpdate("INSERT INTO review_candidate (" + FIGURES + ", name_a, name_b) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                added, 1000, (ps, i) -> {
                    ReviewCandidate c = candidate.apply(i);
                    bindFigures(ps, c);
                    ps.setString(7, clip(c.keyA(), MAX_TEXT));
                    ps.setString(8, clip(c.keyB(), MAX_TEXT));
                });
        return rows.size() + changed.size() + recounted.size() + added.size();
    }

    /** A candidate's columns other than its pair, in the order {@link #bindFigures} binds them. */
    private static final String FIGURES = "score, mentions, shared_co_mentions, evidence, written_a, written_b";

    /** Binds a candidate's {@link #FIGURES} as the statement's first six parameters. */
    private static void bindFigures(PreparedStatement ps, ReviewCandidate c) throws SQLException {
        ps.setDouble(1, c.score());
        ps.setInt(2, c.mentions());
        ps.setInt(3, c.sharedCoMentions());
        ps.setString(4, clip(c.evidence(), MAX_EVIDENCE));
        ps.setString(5, clip(c.writtenA(), MAX_TEXT));
        ps.setString(6, clip(c.writtenB(), MAX_TEXT));
    }

    /** The figures as a row keeps them: the names cut to the column's length. */
    private static Queued clipped(Queued q) {
        return new Queued(clip(q.keyA(), MAX_TEXT), clip(q.keyB(), MAX_TEXT), q.score(), q.mentions(), q.sharedCoMentions());
    }

    /** Candidates no standing judgement has decided, in either order of the pair. */
    public long waiting() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM review_candidate c WHERE NOT EXISTS (SELECT 1 FROM judgement j"
                + " WHERE j.retracted_at IS NULL AND ((j.name_a = c.name_a AND j.name_b = c.name_b)"
                + " OR (j.name_a = c.name_b AND j.name_b = c.name_a)))", Long.class);
    }

    /** The first {@code limit} candidates, most valuable first: those deciding would move the most mentions, then the likeliest. */
    public List<ReviewCandidate> first(int limit) {
        return jdbc.query(SELECT + " ORDER BY mentions DESC, score DESC, id LIMIT ?", CANDIDATE, limit);
    }

    /** The candidate for a pair of names, whichever way round they are given, or null. */
    public ReviewCandidate find(String keyA, String keyB) {
        List<ReviewCandidate> found = jdbc.query(SELECT + " WHERE (name_a = ? AND name_b = ?) OR (name_a = ? AND"
                + " name_b = ?) ORDER BY id LIMIT 1", CANDIDATE, keyA, keyB, keyB, keyA);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
