package org.dossier.config.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** The merge_effect table: what a "same" decision merged at once, so that its undo can put it back. */
public class MergeEffects {

    /**
     * @param judgement the decision that made it
     * @param payload what to put back, as JSON
     */
    public record Effect(long id, long judgement, String survivor, String merged, String payload) {
    }

    private final JdbcTemplate jdbc;

    public MergeEffects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long judgement, String keyA, String keyB, String survivor, String merged, String payload,
                       Instant at) {
        jdbc.update("INSERT INTO merge_effect (judgement, name_a, name_b, survivor, merged, payload, applied_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", judgement, keyA, keyB, survivor, merged, payload, Timestamp.from(at));
    }

    /** The effect of a decision that is not undone yet, or null. */
    public Effect of(long judgement) {
        List<Effect> found = jdbc.query("SELECT id, judgement, survivor, merged, payload FROM merge_effect"
                        + " WHERE judgement = ? AND undone_at IS NULL",
                (rs, row) -> new Effect(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), judgement);
        return found.isEmpty() ? null : found.get(0);
    }

    public void undone(long id, Instant at) {
        jdbc.update("UPDATE merge_effect SET undone_at = ? WHERE id = ?", Timestamp.from(at), id);
    }
}
