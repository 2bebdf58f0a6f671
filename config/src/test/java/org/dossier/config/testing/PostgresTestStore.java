package org.dossier.config.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the tests on PostgreSQL instead of H2 when {@code DOSSIER_TEST_POSTGRES} names a server
 * ({@code jdbc:postgresql://localhost:5432/}): each H2 store a test asks for becomes a database of
 * its own on that server, the same one for every process of the test run that asks for the same
 * store ({@code DOSSIER_TEST_RUN} tells test runs apart), so tests keep their separate stores.
 */
public class PostgresTestStore implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String server = System.getenv("DOSSIER_TEST_POSTGRES");
        if (server == null || server.isBlank()) {
            return;
        }
        String dataDir = Path.of(environment.getProperty("dossier.data-dir", "./data")).toAbsolutePath().normalize()
                .toString();
        // Resolved once: a URL with ${random.value} gives a new value at every read.
        String store = environment.getProperty("dossier.store.jdbc-url", "default store in " + dataDir);
        if (store.startsWith("jdbc:postgresql:")) {
            return;
        }
        String user = System.getenv().getOrDefault("DOSSIER_TEST_POSTGRES_USER", "dossier");
        String password = System.getenv().getOrDefault("DOSSIER_TEST_POSTGRES_PASSWORD", "dossier");
        String database = "dossier_test_" + hash(System.getenv().getOrDefault("DOSSIER_TEST_RUN", "") + "|" + store);
        create(server, database, user, password);
        environment.getPropertySources().addFirst(new MapPropertySource("postgresTestStore", Map.of(
                "dossier.store.jdbc-url", server + database,
                "dossier.store.username", user,
                "dossier.store.password", password)));
    }

    private static void create(String server, String database, String user, String password) {
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, password)) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            // Another process of the same run may have made it a moment ago.
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("Could not create the test database " + database + " on " + server, e);
            }
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
