package org.dossier.search.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dossier.config.testing.IndexedSample;

/**
 * Writes the indices and the entity and review tables of a demo run as the test fixture
 * {@link SampleIndex} loads: {@code java -cp ... org.dossier.search.sample.SampleIndexDump
 * http://127.0.0.1:9280 dossier OUT_DIR JDBC_URL}.
 * Sources are written relative to the sample corpus, so the fixture does not depend on where it was made.
 */
public final class SampleIndexDump {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SampleIndexDump() {
    }

    public static void main(String[] args) throws Exception {
        String server = args[0];
        String prefix = args[1];
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        for (String index : SampleIndex.INDICES) {
            int count = dump(server, prefix + "-" + index, out.resolve(index + ".ndjson.gz"));
            System.out.println(index + " " + count);
        }
        try (java.sql.Connection store = java.sql.DriverManager.getConnection(args[3], "sa", "")) {
            for (String table : SampleIndex.TABLES) {
                System.out.println(table + " " + dumpTable(store, table, out.resolve(table + ".ndjson.gz")));
            }
        }
    }

    private static int dumpTable(java.sql.Connection store, String table, Path file) throws Exception {
        int count = 0;
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8));
             java.sql.ResultSet rows = store.createStatement().executeQuery(table.equals("review_candidate")
                     ? IndexedSample.REVIEW_CANDIDATE_RECORDS : "SELECT * FROM " + table)) {
            java.sql.ResultSetMetaData columns = rows.getMetaData();
            while (rows.next()) {
                ObjectNode row = JSON.createObjectNode();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    Object value = rows.getObject(i);
                    String name = columns.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                    if (value == null) {
                        row.putNull(name);
                    } else if (value instanceof Number number) {
                        row.put(name, number.doubleValue());
                    } else {
                        row.put(name, value.toString());
                    }
                }
                writer.write(JSON.writeValueAsString(row));
                writer.newLine();
                count++;
            }
        }
        return count;
    }

    private static int dump(String server, String alias, Path file) throws IOException, InterruptedException {
        int count = 0;
        JsonNode after = null;
        try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
            while (true) {
                ObjectNode body = JSON.createObjectNode().put("size", 500);
                body.putArray("sort").addObject().put("id", "asc");
                if (after != null) {
                    body.set("search_after", after);
                }
                HttpRequest request = HttpRequest.newBuilder(URI.create(server + "/" + alias + "/_search"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
                JsonNode hits = JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body())
                        .path("hits").path("hits");
                if (hits.isEmpty()) {
                    return count;
                }
                for (JsonNode hit : hits) {
                    ObjectNode source = (ObjectNode) hit.path("_source");
                    if (source.path("source").isTextual()) {
                        String path = source.path("source").asText();
                        int corpus = path.indexOf("sample-corpus/");
                        if (corpus >= 0) {
                            source.put("source", path.substring(corpus));
                        }
                    }
                    writer.write(JSON.writeValueAsString(source));
                    writer.newLine();
                    count++;
                    after = hit.path("sort");
                }
            }
        }
    }
}
