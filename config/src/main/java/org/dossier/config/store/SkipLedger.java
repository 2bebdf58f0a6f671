package org.dossier.config.store;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** The skip ledger table: what each run skipped and why. */
public class SkipLedger {

    private static final int MAX_TEXT = 2000;
    private static final int MAX_REASON = 4000;

    private final JdbcTemplate jdbc;

    public SkipLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(SkipEntry entry) {
        jdbc.update("INSERT INTO skip_ledger (job_execution_id, source, item, stage, reason, skipped_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                entry.jobExecutionId(), clip(entry.source(), MAX_TEXT), clip(entry.item(), MAX_TEXT),
                entry.stage(), clip(entry.reason(), MAX_REASON), Timestamp.from(entry.skippedAt()));
    }

    public List<SkipEntry> forRun(long jobExecutionId) {
        return jdbc.query("SELECT job_execution_id, source, item, stage, reason, skipped_at FROM skip_ledger"
                        + " WHERE job_execution_id = ? ORDER BY id",
                (rs, row) -> new SkipEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()),
                jobExecutionId);
    }

    private static String clip(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
