package org.dossier.config.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The few statements H2 and PostgreSQL write differently. Today that is an insert replacing the
 * row with the same key: H2's {@code MERGE ... KEY}, PostgreSQL's {@code INSERT ... ON CONFLICT}.
 */
public record StoreDialect(boolean postgres) {

    public static StoreDialect of(JdbcTemplate jdbc) {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        return new StoreDialect(product != null && product.toLowerCase(Locale.ROOT).contains("postgres"));
    }

    /**
     * @param keys the key columns, comma-separated
     * @param columns every column written, keys included, comma-separated
     * @param values their values in SQL, usually {@code ?, ?, ?}
     */
    public String upsert(String table, String keys, String columns, String values) {
        if (!postgres) {
            return "MERGE INTO " + table + " (" + columns + ") KEY (" + keys + ") VALUES (" + values + ")";
        }
        List<String> keyList = split(keys);
        String updates = split(columns).stream().filter(c -> !keyList.contains(c))
                .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ") ON CONFLICT (" + keys + ") "
                + (updates.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + updates);
    }

    private static List<String> split(String columns) {
        return Arrays.stream(columns.split(",")).map(String::strip).toList();
    }
}
