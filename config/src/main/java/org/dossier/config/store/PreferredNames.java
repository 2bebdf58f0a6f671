package org.dossier.config.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** The preferred_name table: the name analysts chose to show for an entity. */
public class PreferredNames {

    private final JdbcTemplate jdbc;
    private final String upsert;

    public PreferredNames(JdbcTemplate jdbc, StoreDialect dialect) {
        this.jdbc = jdbc;
        this.upsert = dialect.upsert("preferred_name", "entity_id", "entity_id, name, chosen_by, chosen_at", "?, ?, ?, ?");
    }

    public void choose(String entityId, String name, String by, Instant at) {
        jdbc.update(upsert, entityId, name, by, Timestamp.from(at));
    }

    /** Each entity's chosen name. */
    public Map<String, String> all() {
        Map<String, String> names = new HashMap<>();
        jdbc.query("SELECT entity_id, name FROM preferred_name", rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        return names;
    }
}
