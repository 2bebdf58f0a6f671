package org.dossier.config.store;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import org.dossier.config.domain.ReviewCandidate;

/** The review_candidate table: the pairs the last resolve run left to analysts, most valuable first. */
public class ReviewQueue {

    private static final int MAX_TEXT = 1000;
    private static final int MAX_EVIDENCE = 4000;
    private static final String SELECT = "SELECT name_a, name_b, score, mentions, shared_co_mentions, evidence,"
            + " written_a, written_b FROM review_candidate";
    private static final RowMapper<ReviewCandidate> CANDIDATE = (rs, row) ->
            new ReviewCandidate(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getInt(4), rs.getInt(5),
                    rs.getString(6), rs.getString(7), rs.getString(8));

    private final JdbcTemplate jdbc;

    public ReviewQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the queue with a run's candidates, in the order given. */
    public void replace(List<ReviewCandidate> candidates) {
        jdbc.update("DELETE FROM review_candidate");
        jdbc.batchUpdate("INSERT INTO review_candidate (name_a, name_b, score, mentions, shared_co_mentions, evidence,"
                + " written_a, written_b) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", candidates, 1000, (ps, c) -> {
                    ps.setString(1, clip(c.keyA(), MAX_TEXT));
                    ps.setString(2, clip(c.keyB(), MAX_TEXT));
                    ps.setDouble(3, c.score());
                    ps.setInt(4, c.mentions());
                    ps.setInt(5, c.sharedCoMentions());
                    ps.setString(6, clip(c.evidence(), MAX_EVIDENCE));
                    ps.setString(7, clip(c.writtenA(), MAX_TEXT));
                    ps.setString(8, clip(c.writtenB(), MAX_TEXT));
                });
    }

    /** The first {@code limit} candidates, most valuable first. */
    /** Candidates no standing judgement has decided, in either order of the pair. */
    public long waiting() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM review_candidate c WHERE NOT EXISTS (SELECT 1 FROM judgement j"
                + " WHERE j.retracted_at IS NULL AND ((j.name_a = c.name_a AND j.name_b = c.name_b)"
                + " OR (j.name_a = c.name_b AND j.name_b = c.name_a)))", Long.class);
    }

    public List<ReviewCandidate> first(int limit) {
        return jdbc.query(SELECT + " ORDER BY id LIMIT ?", CANDIDATE, limit);
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
