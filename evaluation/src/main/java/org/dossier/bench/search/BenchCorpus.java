package org.dossier.bench.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.dossier.config.elastic.BulkErrors;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexSchemas;

/**
 * A large corpus made from a small indexed one (the sample corpus as the jobs indexed it): each
 * document is copied with a new id, a shifted date and a few sentences of another document mixed
 * in, so that queries match different sets; entities, mentions of the originals and figures keep
 * their shape. Texts are cut at {@value #MAX_TEXT} characters, the length of a news article.
 */
final class BenchCorpus {

    static final int MAX_TEXT = 4000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 1000;

    final List<ObjectNode> documents;
    final List<JsonNode> mentions;
    final List<JsonNode> entities;

    private BenchCorpus(List<ObjectNode> documents, List<JsonNode> mentions, List<JsonNode> entities) {
        this.documents = documents;
        this.mentions = mentions;
        this.entities = entities;
    }

    static BenchCorpus read(Path folder) throws IOException {
        List<ObjectNode> documents = new ArrayList<>();
        records(folder.resolve("documents.ndjson.gz")).forEach(n -> documents.add((ObjectNode) n));
        return new BenchCorpus(documents, records(folder.resolve("mentions.ndjson.gz")),
                records(folder.resolve("entities.ndjson.gz")));
    }

    /** Fills the indices behind {@code names} with {@code count} documents, unless they hold exactly that already. */
    void load(ElasticsearchClient client, IndexNames names, int count) throws IOException {
        new IndexSchemas(client, names).ensureAll();
        if (client.count(c -> c.index(names.documents())).count() == count) {
            System.out.printf("bench search: reusing %,d documents in %s%n", count, names.documents());
            return;
        }
        long started = System.nanoTime();
        // Start from empty indices: drop the ones behind the aliases and let the schemas make them again.
        for (String alias : List.of(names.documents(), names.mentions(), names.entities())) {
            for (String old : client.indices().getAlias(a -> a.name(alias)).result().keySet()) {
                client.indices().delete(d -> d.index(old));
            }
        }
        new IndexSchemas(client, names).ensureAll();
        String index = client.indices().getAlias(a -> a.name(names.documents())).result().keySet().iterator().next();
        client.indices().putSettings(s -> s.index(index).settings(x -> x.refreshInterval(t -> t.time("-1"))));
        Random random = new Random(42);
        List<ObjectNode> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(variant(i, random));
            if (batch.size() == BATCH || i == count - 1) {
                bulk(client, names.documents(), batch);
                batch.clear();
                if ((i + 1) % 20_000 == 0) {
                    System.out.printf("bench search: indexed %,d documents%n", i + 1);
                }
            }
        }
        client.indices().putSettings(s -> s.index(index).settings(x -> x.refreshInterval(t -> t.time("1s"))));
        client.indices().refresh(r -> r.index(names.documents()));
        bulk(client, names.mentions(), mentions);
        bulk(client, names.entities(), entities);
        client.indices().refresh(r -> r.index(names.mentions(), names.entities()));
        System.out.printf("bench search: indexed %,d documents in %.1f s%n", count,
                (System.nanoTime() - started) / 1e9);
    }

    /** Copy {@code i} of the original {@code i % n}: variant 0 keeps its id, so its mentions still apply. */
    private ObjectNode variant(int i, Random random) {
        ObjectNode original = documents.get(i % documents.size());
        int round = i / documents.size();
        ObjectNode copy = original.deepCopy();
        copy.remove("fingerprint");
        String id = round == 0 ? original.path("id").asText() : hash(original.path("id").asText() + "/" + round);
        copy.put("id", id);
        String text = original.path("text").asText();
        if (text.length() > MAX_TEXT) {
            int cut = text.lastIndexOf(". ", MAX_TEXT);
            text = text.substring(0, cut > MAX_TEXT / 2 ? cut + 1 : MAX_TEXT);
        }
        int keep = text.length();
        if (round > 0) {
            String other = documents.get(random.nextInt(documents.size())).path("text").asText();
            int from = other.isEmpty() ? 0 : random.nextInt(Math.max(1, other.length() - 600));
            text = text + "\n\n" + other.substring(from, Math.min(other.length(), from + 600));
            copy.put("title", original.path("title").asText(original.path("source").asText()) + " (" + round + ")");
            Instant published = original.hasNonNull("published") ? Instant.parse(original.path("published").asText())
                    : Instant.parse("2020-01-01T00:00:00Z");
            copy.put("published", published.plus(round % 3650, ChronoUnit.DAYS).toString());
        }
        copy.put("text", text);
        ArrayNode figures = JSON.createArrayNode();
        original.path("figures").forEach(f -> {
            if (f.path("end").asInt() <= keep) {
                figures.add(f);
            }
        });
        copy.set("figures", figures);
        return copy;
    }

    private static void bulk(ElasticsearchClient client, String alias, List<? extends JsonNode> records)
            throws IOException {
        for (int from = 0; from < records.size(); from += BATCH) {
            List<? extends JsonNode> batch = records.subList(from, Math.min(records.size(), from + BATCH));
            BulkResponse response = client.bulk(b -> {
                b.index(alias).refresh(Refresh.False);
                batch.forEach(r -> b.operations(op -> op.index(x -> x.id(r.path("id").asText())
                        .document(JsonData.of(r)))));
                return b;
            });
            BulkErrors.requireTaken(response, "Bulk indexing into " + alias + " failed");
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> records(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("missing " + file + ": pass a folder made by SampleIndexDump");
        }
        List<JsonNode> records = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    records.add(JSON.readTree(line));
                }
            }
        }
        return records;
    }
}
