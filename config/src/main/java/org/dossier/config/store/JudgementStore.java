package org.dossier.config.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.JudgementEntry;
import org.dossier.config.domain.Verdict;

/** The judgement table: analysts' decisions on pairs of names, with who, when and why; never deleted. */
public class JudgementStore {

    private static final String SELECT_ENTRY = "SELECT id, name_a, name_b, verdict, decided_by, decided_at, note,"
            + " retracted_by, retracted_at FROM judgement";

    private static final RowMapper<JudgementEntry> ENTRY = (rs, row) ->
            new JudgementEntry(rs.getLong(1), rs.getString(2), rs.getString(3), Verdict.valueOf(rs.getString(4)),
                    rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
                    rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant());

    private final JdbcTemplate jdbc;

    public JudgementStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a decision; it supersedes any earlier one on the same pair. Returns its id. */
    public long decide(Judgement judgement, String by, String note, Instant at) {
        String a = first(judgement.keyA(), judgement.keyB());
        String b = a.equals(judgement.keyA()) ? judgement.keyB() : judgement.keyA();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO judgement (name_a, name_b, verdict, decided_by,"
                    + " decided_at, note) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setString(1, a);
            insert.setString(2, b);
            insert.setString(3, judgement.verdict().name());
            insert.setString(4, by);
            insert.setTimestamp(5, Timestamp.from(at));
            insert.setString(6, note);
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /** One decision by its id. */
    public JudgementEntry entry(long id) {
        return jdbc.queryForObject(SELECT_ENTRY + " WHERE id = ?", ENTRY, id);
    }

    /** Takes back the standing decision on a pair, if any: the one before it stands again. */
    public boolean retract(String keyA, String keyB, String by, Instant at) {
        String a = first(keyA, keyB);
        String b = a.equals(keyA) ? keyB : keyA;
        return jdbc.update("UPDATE judgement SET retracted_by = ?, retracted_at = ? WHERE id = (SELECT MAX(id)"
                + " FROM judgement WHERE name_a = ? AND name_b = ? AND retracted_at IS NULL)",
                by, Timestamp.from(at), a, b) > 0;
    }

    /** The standing decision on each pair: its latest one not retracted. */
    public List<Judgement> standing() {
        return jdbc.query("SELECT j.name_a, j.name_b, j.verdict FROM judgement j WHERE j.retracted_at IS NULL"
                        + " AND j.id = (SELECT MAX(k.id) FROM judgement k WHERE k.name_a = j.name_a"
                        + " AND k.name_b = j.name_b AND k.retracted_at IS NULL) ORDER BY j.id",
                (rs, row) -> new Judgement(rs.getString(1), rs.getString(2), Verdict.valueOf(rs.getString(3))));
    }

    /** The latest decision {@code by} made that still stands, or null: what an undo takes back. */
    public JudgementEntry lastStandingBy(String by) {
        List<JudgementEntry> last = jdbc.query(SELECT_ENTRY + " WHERE decided_by = ? AND retracted_at IS NULL"
                + " ORDER BY id DESC LIMIT 1", ENTRY, by);
        return last.isEmpty() ? null : last.get(0);
    }

    /**
     * Decisions, newest first, by one analyst (or anyone, when null) between two instants (either
     * may be null), retracted ones included.
     */
    public List<JudgementEntry> history(String by, Instant from, Instant to, int limit) {
        StringBuilder sql = new StringBuilder(SELECT_ENTRY + " WHERE 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (by != null) {
            sql.append(" AND decided_by = ?");
            args.add(by);
        }
        if (from != null) {
            sql.append(" AND decided_at >= ?");
            args.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND decided_at < ?");
            args.add(Timestamp.from(to));
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(limit);
        return jdbc.query(sql.toString(), ENTRY, args.toArray());
    }

    private static String first(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
