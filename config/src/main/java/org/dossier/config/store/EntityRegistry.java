package org.dossier.config.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/** The entity tables: which entity each name belongs to, when each entity was made, and where merged ones point. */
public class EntityRegistry {

    private static final int BATCH = 1000;
    /** How many ids one query lists. */
    private static final int IN_LIST = 500;
    /** Beyond this many ids, every entity is read rather than so many queries made. */
    private static final int ALL_AT_ONCE = 50_000;

    private final JdbcTemplate jdbc;
    private final String upsertEntity;
    private final String upsertName;

    public EntityRegistry(JdbcTemplate jdbc, StoreDialect dialect) {
        this.jdbc = jdbc;
        this.upsertEntity = dialect.upsert("entity", "id", "id, created_at, redirect_to", "?, ?, NULL");
        this.upsertName = dialect.upsert("entity_name", "name_key", "name_key, entity_id", "?, ?");
    }

    /** Each name's entity as the last run left it. */
    public Map<String, String> entityOfName() {
        Map<String, String> entities = new HashMap<>();
        jdbc.query("SELECT name_key, entity_id FROM entity_name", rs -> {
            entities.put(rs.getString(1), rs.getString(2));
        });
        return entities;
    }

    /** When each entity was made. */
    public Map<String, Instant> createdAt() {
        Map<String, Instant> created = new HashMap<>();
        jdbc.query("SELECT id, created_at FROM entity", rs -> {
            created.put(rs.getString(1), rs.getTimestamp(2).toInstant());
        });
        return created;
    }

    /**
     * When each of these entities was made, for those that exist: read by their ids, or, for more
     * than a store's query comfortably lists, with every entity's.
     */
    public Map<String, Instant> createdAt(Collection<String> ids) {
        if (ids.size() > ALL_AT_ONCE) {
            Map<String, Instant> all = createdAt();
            all.keySet().retainAll(ids instanceof Set<?> ? ids : new HashSet<>(ids));
            return all;
        }
        Map<String, Instant> created = new HashMap<>();
        List<String> asked = List.copyOf(ids);
        for (int from = 0; from < asked.size(); from += IN_LIST) {
            List<String> part = asked.subList(from, Math.min(asked.size(), from + IN_LIST));
            jdbc.query("SELECT id, created_at FROM entity WHERE id IN (" + String.join(", ", Collections.nCopies(part.size(), "?"))
                    + ")", rs -> {
                created.put(rs.getString(1), rs.getTimestamp(2).toInstant());
            }, part.toArray());
        }
        return created;
    }

    /** Each merged entity and the entity it points to. */
    public Map<String, String> redirects() {
        Map<String, String> redirects = new HashMap<>();
        jdbc.query("SELECT id, redirect_to FROM entity WHERE redirect_to IS NOT NULL", rs -> {
            redirects.put(rs.getString(1), rs.getString(2));
        });
        return redirects;
    }

    /** The entity a name belongs to, or null for a name no run has seen. */
    public String entityOf(String nameKey) {
        List<String> found = jdbc.queryForList("SELECT entity_id FROM entity_name WHERE name_key = ?", String.class,
                nameKey);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The names that belong to an entity. */
    public List<String> namesOf(String entityId) {
        return jdbc.queryForList("SELECT name_key FROM entity_name WHERE entity_id = ? ORDER BY name_key",
                String.class, entityId);
    }

    /** When an entity was made, or null for an id never made. */
    public Instant createdAt(String entityId) {
        List<Timestamp> found = jdbc.queryForList("SELECT created_at FROM entity WHERE id = ?", Timestamp.class,
                entityId);
        return found.isEmpty() ? null : found.get(0).toInstant();
    }

    /** Moves names to an entity and points another entity at it ({@code redirect} null: points it nowhere). */
    public void reassign(List<String> names, String entityId, String merged, String redirect) {
        jdbc.batchUpdate("UPDATE entity_name SET entity_id = ? WHERE name_key = ?", names, BATCH, (ps, name) -> {
            ps.setString(1, entityId);
            ps.setString(2, name);
        });
        jdbc.update("UPDATE entity SET redirect_to = ? WHERE id = ?", redirect, merged);
    }

    /**
     * Writes a run's outcome: new entities, merged ones pointing to their survivor, and the names
     * whose entity is new or changed (the others are already right).
     */
    public void save(Map<String, String> changedNames, List<String> created, Map<String, String> redirects,
                     Instant at) {
        Timestamp now = Timestamp.from(at);
        jdbc.batchUpdate(upsertEntity, created,
                BATCH, (ps, id) -> {
                    ps.setString(1, id);
                    ps.setTimestamp(2, now);
                });
        List<Map.Entry<String, String>> merges = List.copyOf(redirects.entrySet());
        jdbc.batchUpdate("UPDATE entity SET redirect_to = ? WHERE id = ?", merges, BATCH, (ps, merge) -> {
            ps.setString(1, merge.getValue());
            ps.setString(2, merge.getKey());
        });
        // Earlier redirects to a now merged entity point straight to its survivor.
        jdbc.batchUpdate("UPDATE entity SET redirect_to = ? WHERE redirect_to = ?", merges, BATCH, (ps, merge) -> {
            ps.setString(1, merge.getValue());
            ps.setString(2, merge.getKey());
        });
        jdbc.batchUpdate(upsertName,
                List.copyOf(changedNames.entrySet()), BATCH, (ps, name) -> {
                    ps.setString(1, name.getKey());
                    ps.setString(2, name.getValue());
                });
    }
}
