package org.dossier.config.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cursor of each named source (a folder, a URL list, a feed): the version of every item it
 * last gave, so that the next run takes only what is new or changed. Writes join the caller's
 * transaction: in a job, an item counts as seen only once its chunk commits.
 */
public class SourceCursor {

    private final JdbcTemplate jdbc;
    private final String upsert;

    public SourceCursor(JdbcTemplate jdbc, StoreDialect dialect) {
        this.jdbc = jdbc;
        this.upsert = dialect.upsert("source_cursor", "source, item", "source, item, version, seen_at", "?, ?, ?, ?");
    }

    /** Every item's last version, for a source. */
    public Map<String, String> versions(String source) {
        Map<String, String> versions = new HashMap<>();
        jdbc.query("SELECT item, version FROM source_cursor WHERE source = ?",
                rs -> {
                    versions.put(rs.getString(1), rs.getString(2));
                },
                source);
        return versions;
    }

    public String version(String source, String item) {
        return jdbc.query("SELECT version FROM source_cursor WHERE source = ? AND item = ?",
                rs -> rs.next() ? rs.getString(1) : null, source, item);
    }

    public void record(String source, String item, String version, Instant seenAt) {
        jdbc.update(upsert, source, item, version, Timestamp.from(seenAt));
    }
}
