package org.dossier.config.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dossier.config.elastic.BulkErrors;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexSchemas;

/**
 * A corpus as the jobs indexed it, written one JSON record a line by the test tool
 * {@code SampleIndexDump}: the documents, mentions and entities indices, and the entity and
 * review tables of the relational store. Loaded into other indices and stores, it gives tests and
 * benchmarks the jobs' real output without running them.
 */
public final class IndexedSample {

    public static final List<String> INDICES = List.of("documents", "mentions", "entities");
    public static final List<String> TABLES = List.of("entity", "entity_name", "review_candidate");
    /** A review candidate's record holds its evidence too, which the store keeps in a table of its own. */
    public static final String REVIEW_CANDIDATE_RECORDS = "SELECT c.*, e.evidence, e.written_a, e.written_b"
            + " FROM review_candidate c JOIN review_evidence e ON e.candidate_id = c.id ORDER BY c.id";
    private static final List<String> EVIDENCE = List.of("evidence", "written_a", "written_b");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    public IndexedSample(Path folder) {
        this.folder = folder;
    }

    /** Loads the sample into the indices behind {@code names}, once: a second call finds it there. */
    public synchronized void load(ElasticsearchClient client, IndexNames names) {
        new IndexSchemas(client, names).ensureAll();
        try {
            if (client.count(c -> c.index(names.documents())).count() > 0) {
                return;
            }
            for (String index : INDICES) {
                String alias = names.prefix() + "-" + index;
                List<String> lines = read(index);
                for (int from = 0; from < lines.size(); from += 1000) {
                    List<String> batch = lines.subList(from, Math.min(lines.size(), from + 1000));
                    List<String> ids = new ArrayList<>();
                    for (String line : batch) {
                        ids.add(JSON.readTree(line).path("id").asText());
                    }
                    BulkResponse response = client.bulk(b -> {
                        b.index(alias).refresh(Refresh.True);
                        for (int i = 0; i < batch.size(); i++) {
                            String id = ids.get(i);
                            String line = batch.get(i);
                            b.operations(op -> op.index(x -> x.id(id).document(JsonData.fromJson(line))));
                        }
                        return b;
                    });
                    BulkErrors.requireTaken(response, "The sample did not load into " + alias);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the entity registry and the review queue of the same run into the store, once. */
    public synchronized void loadStore(org.springframework.jdbc.core.JdbcTemplate jdbc) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM entity", Integer.class) > 0) {
            return;
        }
        for (String table : TABLES) {
            for (JsonNode row : records(table)) {
                List<String> columns = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                row.fieldNames().forEachRemaining(columns::add);
                for (String column : columns) {
                    JsonNode value = row.path(column);
                    values.add(value.isNull() ? null
                            : column.equals("created_at") ? java.sql.Timestamp.from(
                                    java.time.OffsetDateTime.parse(value.asText().replace(' ', 'T')).toInstant())
                            : column.equals("score") ? value.asDouble()
                            : value.isNumber() ? value.asLong() : value.asText());
                }
                if (table.equals("review_candidate")) {
                    List<String> evidence = new ArrayList<>(List.of("candidate_id"));
                    List<Object> evidenceValues = new ArrayList<>(List.of(values.get(columns.indexOf("id"))));
                    for (String column : EVIDENCE) {
                        int at = columns.indexOf(column);
                        if (at >= 0) {
                            evidence.add(column);
                            evidenceValues.add(values.remove(at));
                            columns.remove(at);
                        }
                    }
                    insert(jdbc, table, columns, values);
                    insert(jdbc, "review_evidence", evidence, evidenceValues);
                } else {
                    insert(jdbc, table, columns, values);
                }
            }
        }
    }

    private static void insert(org.springframework.jdbc.core.JdbcTemplate jdbc, String table, List<String> columns,
                               List<Object> values) {
        jdbc.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")", values.toArray());
    }

    /** The sample's records of one index or table, as JSON. */
    public List<JsonNode> records(String index) {
        List<JsonNode> records = new ArrayList<>();
        try {
            for (String line : read(index)) {
                records.add(JSON.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private List<String> read(String name) throws IOException {
        Path file = folder.resolve(name + ".ndjson.gz");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("missing " + file + ": not a folder SampleIndexDump wrote");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
