package org.dossier.config.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import org.dossier.config.domain.ReviewCandidate;

/**
 * The review_candidate table: the pairs the last resolve run left to analysts, most valuable
 * first; each pair's evidence in review_evidence, so that a new count of mentions, what most
 * pairs get each night, writes a short row.
 */
public class ReviewQueue {

    private static final int MAX_TEXT = 1000;
    private static final int MAX_EVIDENCE = 4000;
    /** How far a queued pair's score may move before its row is written again. */
    public static final double SCORE_MOVES = 0.005;
    private static final String SELECT = "SELECT c.name_a, c.name_b, c.score, c.mentions, c.shared_co_mentions,"
            + " e.evidence, e.written_a, e.written_b FROM review_candidate c JOIN review_evidence e ON e.candidate_id = c.id";
    private static final int BATCH = 1000;
    private static final RowMapper<ReviewCandidate> CANDIDATE = (rs, row) ->
            new ReviewCandidate(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getInt(4), rs.getInt(5),
                    rs.getString(6), rs.getString(7), rs.getString(8));

    private final JdbcTemplate jdbc;

    public ReviewQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A candidate as the queue compares it with its row: the pair and the figures. */
    public record Queued(String keyA, String keyB, double score, int mentions, int sharedCoMentions) {
    }

    /** A row of the queue: its id and its figures as stored (its pair is the candidate's it goes with). */
    public record Row(long id, double score, int mentions, int sharedCoMentions) {

        /**
         * What the evidence says is still true of the candidate: the same shared names and the score
         * within {@link #SCORE_MOVES} (the weights learnt from the corpus move every score a little
         * with each night's documents, which is no news for an analyst). The mentions that deciding
         * the pair would move are no part of it.
         */
        boolean sameEvidence(Queued q) {
            return sharedCoMentions == q.sharedCoMentions() && Math.abs(score - q.score()) < SCORE_MOVES;
        }
    }

    /**
     * What a replacing did: how many rows it wrote or removed, and the row each candidate has now,
     * side by side with the candidates, for a run that keeps a copy of the queue.
     */
    public record Replaced(int written, Row[] rows) {
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
     * @param state what the queue is written with (see {@link #writtenWith})
     */
    public Replaced replace(List<Queued> queued, IntFunction<ReviewCandidate> candidate, String state) {
        Map<String, Row> rows = new HashMap<>();
        jdbc.query("SELECT id, name_a, name_b, score, mentions, shared_co_mentions FROM review_candidate", rs -> {
            rows.put(clip(rs.getString(2), MAX_TEXT) + "\u0000" + clip(rs.getString(3), MAX_TEXT),
                    new Row(rs.getLong(1), rs.getDouble(4), rs.getInt(5), rs.getInt(6)));
        });
        Row[] rowOf = new Row[queued.size()];
        for (int i = 0; i < queued.size(); i++) {
            Queued q = clipped(queued.get(i));
            rowOf[i] = rows.remove(q.keyA() + "\u0000" + q.keyB());
        }
        return write(queued, candidate, rowOf, rows.values().stream().mapToLong(Row::id).toArray(), state);
    }

    /**
     * As {@link #replace(List, IntFunction, String)}, with the rows the queue holds given rather than
     * read: by a run that kept a copy of them, which it may trust while {@link #writtenWith} is the
     * state it kept the copy with.
     *
     * @param rowOf the row of each candidate, side by side with them, or null for a pair not queued
     * @param others the ids of the rows of pairs that are no candidates now
     */
    public Replaced replace(List<Queued> queued, IntFunction<ReviewCandidate> candidate, Row[] rowOf, long[] others,
                            String state) {
        return write(queued, candidate, rowOf, others, state);
    }

    /**
     * What the queue was last written with whole (a run's state), or null when no run has finished
     * writing it since the store was made, or one is writing it now, or stopped while it did.
     */
    public String writtenWith() {
        List<String> state = jdbc.queryForList("SELECT state FROM review_queue_mark WHERE id = 1", String.class);
        return state.isEmpty() ? null : state.get(0);
    }

    private Replaced write(List<Queued> queued, IntFunction<ReviewCandidate> candidate, Row[] rowOf, long[] others,
                           String state) {
        // Whoever reads the mark while this runs, or after it stopped midway, finds none.
        mark(null);
        Row[] now = new Row[queued.size()];
        List<Integer> added = new ArrayList<>();
        List<long[]> changed = new ArrayList<>();
        List<long[]> recounted = new ArrayList<>();
        for (int i = 0; i < queued.size(); i++) {
            Queued q = queued.get(i);
            Row row = rowOf[i];
            if (row == null) {
                added.add(i);
            } else if (row.sameEvidence(q)) {
                now[i] = new Row(row.id(), row.score(), q.mentions(), row.sharedCoMentions());
                if (row.mentions() != q.mentions()) {
                    recounted.add(new long[] {row.id(), q.mentions()});
                }
            } else {
                now[i] = new Row(row.id(), q.score(), q.mentions(), q.sharedCoMentions());
                changed.add(new long[] {row.id(), i});
            }
        }
        // A candidate's evidence goes with it (ON DELETE CASCADE).
        jdbc.batchUpdate("DELETE FROM review_candidate WHERE id = ?", Arrays.stream(others).boxed().toList(), BATCH,
                (ps, id) -> ps.setLong(1, id));
        // Only the count moved (its names were mentioned again): the evidence stands, in its own table.
        jdbc.batchUpdate("UPDATE review_candidate SET mentions = ? WHERE id = ?", recounted, BATCH, (ps, count) -> {
            ps.setInt(1, (int) count[1]);
            ps.setLong(2, count[0]);
        });
        for (int from = 0; from < changed.size(); from += BATCH) {
            List<long[]> part = changed.subList(from, Math.min(changed.size(), from + BATCH));
            List<ReviewCandidate> candidates = part.stream().map(change -> candidate.apply((int) change[1])).toList();
            List<Integer> each = positions(part.size());
            jdbc.batchUpdate("UPDATE review_candidate SET score = ?, mentions = ?, shared_co_mentions = ? WHERE id = ?",
                    each, BATCH, (ps, k) -> {
                        bindFigures(ps, candidates.get(k));
                        ps.setLong(4, part.get(k)[0]);
                    });
            jdbc.batchUpdate("UPDATE review_evidence SET evidence = ?, written_a = ?, written_b = ? WHERE candidate_id = ?",
                    each, BATCH, (ps, k) -> {
                        bindEvidence(ps, candidates.get(k));
                        ps.setLong(4, part.get(k)[0]);
                    });
        }
        for (int from = 0; from < added.size(); from += BATCH) {
            List<Integer> part = added.subList(from, Math.min(added.size(), from + BATCH));
            List<ReviewCandidate> candidates = part.stream().map(candidate::apply).toList();
            List<Long> ids = insert(candidates);
            jdbc.batchUpdate("INSERT INTO review_evidence (evidence, written_a, written_b, candidate_id) VALUES (?, ?, ?, ?)",
                    positions(candidates.size()), BATCH, (ps, k) -> {
                        bindEvidence(ps, candidates.get(k));
                        ps.setLong(4, ids.get(k));
                    });
            for (int k = 0; k < part.size(); k++) {
                Queued q = queued.get(part.get(k));
                now[part.get(k)] = new Row(ids.get(k), q.score(), q.mentions(), q.sharedCoMentions());
            }
        }
        mark(state);
        return new Replaced(others.length + changed.size() + recounted.size() + added.size(), now);
    }

    private void mark(String state) {
        jdbc.update("UPDATE review_queue_mark SET state = ? WHERE id = 1", state);
    }

    /** Adds the candidates' rows, giving the ids the store chose for them, in order. */
    private List<Long> insert(List<ReviewCandidate> candidates) {
        return jdbc.execute((ConnectionCallback<List<Long>>) connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO review_candidate"
                    + " (score, mentions, shared_co_mentions, name_a, name_b) VALUES (?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (ReviewCandidate c : candidates) {
                    bindFigures(ps, c);
                    ps.setString(4, clip(c.keyA(), MAX_TEXT));
                    ps.setString(5, clip(c.keyB(), MAX_TEXT));
                    ps.addBatch();
                }
                ps.executeBatch();
                List<Long> ids = new ArrayList<>(candidates.size());
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong("id"));
                    }
                }
                if (ids.size() != candidates.size()) {
                    throw new IllegalStateException("The store gave " + ids.size() + " ids for " + candidates.size()
                            + " review candidates added");
                }
                return ids;
            }
        });
    }

    /** Binds a candidate's score, mentions and shared names as the statement's first three parameters. */
    private static void bindFigures(PreparedStatement ps, ReviewCandidate c) throws SQLException {
        ps.setDouble(1, c.score());
        ps.setInt(2, c.mentions());
        ps.setInt(3, c.sharedCoMentions());
    }

    /** Binds a candidate's evidence and its names as written as the statement's first three parameters. */
    private static void bindEvidence(PreparedStatement ps, ReviewCandidate c) throws SQLException {
        ps.setString(1, clip(c.evidence(), MAX_EVIDENCE));
        ps.setString(2, clip(c.writtenA(), MAX_TEXT));
        ps.setString(3, clip(c.writtenB(), MAX_TEXT));
    }

    /** 0 to {@code size - 1}: a batch's statements by their position in the lists they bind. */
    private static List<Integer> positions(int size) {
        return IntStream.range(0, size).boxed().toList();
    }

    /** The figures as a row keeps them: the names cut to the column's length. */
    private static Queued clipped(Queued q) {
        return new Queued(clip(q.keyA(), MAX_TEXT), clip(q.keyB(), MAX_TEXT), q.score(), q.mentions(), q.sharedCoMentions());
    }

    /** How many candidates the queue holds, decided or not. */
    public long size() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM review_candidate", Long.class);
    }

    /** Candidates no standing judgement has decided, in either order of the pair. */
    public long waiting() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM review_candidate c WHERE NOT EXISTS (SELECT 1 FROM judgement j"
                + " WHERE j.retracted_at IS NULL AND ((j.name_a = c.name_a AND j.name_b = c.name_b)"
                + " OR (j.name_a = c.name_b AND j.name_b = c.name_a)))", Long.class);
    }

    /** The first {@code limit} candidates, most valuable first: those deciding would move the most mentions, then the likeliest. */
    public List<ReviewCandidate> first(int limit) {
        return jdbc.query(SELECT + " ORDER BY c.mentions DESC, c.score DESC, c.id LIMIT ?", CANDIDATE, limit);
    }

    /** The candidate for a pair of names, whichever way round they are given, or null. */
    public ReviewCandidate find(String keyA, String keyB) {
        List<ReviewCandidate> found = jdbc.query(SELECT + " WHERE (c.name_a = ? AND c.name_b = ?) OR (c.name_a = ? AND"
                + " c.name_b = ?) ORDER BY c.id LIMIT 1", CANDIDATE, keyA, keyB, keyB, keyA);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
