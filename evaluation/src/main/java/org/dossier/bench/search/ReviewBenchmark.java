package org.dossier.bench.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.dossier.config.elastic.IndexNames;
import org.dossier.config.testing.IndexedSample;
import org.dossier.search.SearchApplication;

/**
 * {@code dossier bench review [DIR]}: how long an analyst's decision takes from the request to
 * indices that show it, over the review queue of an indexed sample (default the sample corpus),
 * in indices and an in-memory store of its own. Each "same" on two entities merges them (mentions
 * and documents re-pointed, the merged id redirected, the indices refreshed) before it answers;
 * it is then undone, so that {@code -Ddecisions=100} can cycle over a shorter queue.
 */
public final class ReviewBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int decisions = Integer.getInteger("decisions", 100);
        IndexedSample sample = new IndexedSample(Path.of(args[0]));
        String password = UUID.randomUUID().toString();
        Path users = Files.createTempFile("bench-users", ".properties");
        users.toFile().deleteOnExit();
        Files.writeString(users, "bench={noop}" + password + ",ROLE_ANALYST\n");
        List<String> options = new ArrayList<>(List.of("--server.port=0",
                "--dossier.security.users-file=" + users,
                "--dossier.elasticsearch.index-prefix=bench-review-" + System.currentTimeMillis(),
                "--dossier.store.jdbc-url=jdbc:h2:mem:bench-review;DB_CLOSE_DELAY=-1",
                "--logging.level.root=WARN", "--spring.main.banner-mode=off"));
        options.addAll(Arrays.asList(args).subList(1, args.length));
        ConfigurableApplicationContext app = SpringApplication.run(SearchApplication.class,
                options.toArray(String[]::new));
        int exit = 0;
        IndexNames names = app.getBean(IndexNames.class);
        ElasticsearchClient client = app.getBean(ElasticsearchClient.class);
        try {
            sample.load(client, names);
            sample.loadStore(app.getBean(JdbcTemplate.class));
            Client http = new Client("http://localhost:" + app.getEnvironment().getProperty("local.server.port"),
                    "Basic " + Base64.getEncoder().encodeToString(("bench:" + password)
                            .getBytes(StandardCharsets.UTF_8)));

            List<JsonNode> mergeable = new ArrayList<>();
            for (JsonNode candidate : http.get("/api/review/candidates")) {
                JsonNode evidence = http.get("/api/review/evidence?a=" + encode(candidate.path("keyA").asText())
                        + "&b=" + encode(candidate.path("keyB").asText()));
                JsonNode a = evidence.path("a").path("entity");
                JsonNode b = evidence.path("b").path("entity");
                if (!a.isNull() && !b.isNull() && !a.path("id").equals(b.path("id"))) {
                    mergeable.add(candidate);
                }
            }
            System.out.printf("bench review: %d candidates in the queue, %d of them two entities to merge%n",
                    http.get("/api/review/candidates").size(), mergeable.size());

            List<Double> same = new ArrayList<>();
            List<Double> undo = new ArrayList<>();
            List<Double> notSame = new ArrayList<>();
            int mentionsMoved = 0;
            for (int i = 0; i < decisions; i++) {
                JsonNode candidate = mergeable.get(i % mergeable.size());
                long start = System.nanoTime();
                JsonNode decided = http.post("/api/review/decisions", decision(candidate, "SAME"));
                same.add((System.nanoTime() - start) / 1e6);
                // The merged id must already redirect: the indices show the decision.
                JsonNode merged = http.get("/api/entities/" + decided.path("merged").asText());
                if (!merged.path("entity").path("id").asText().equals(decided.path("survivor").asText())) {
                    throw new IllegalStateException("the merge of " + candidate + " did not show at once");
                }
                mentionsMoved += candidate.path("mentions").asInt();
                start = System.nanoTime();
                http.post("/api/review/decisions/undo", "{}");
                undo.add((System.nanoTime() - start) / 1e6);

                start = System.nanoTime();
                http.post("/api/review/decisions", decision(candidate, "NOT_SAME"));
                notSame.add((System.nanoTime() - start) / 1e6);
                http.post("/api/review/decisions/undo", "{}");
            }
            System.out.printf("same (merge at once): p50 %.1f ms, p90 %.1f ms; undo of a same: p50 %.1f ms; "
                            + "not same: p50 %.1f ms; %.0f mentions named per merged pair on average%n",
                    percentile(same, 0.5), percentile(same, 0.9), percentile(undo, 0.5), percentile(notSame, 0.5),
                    mentionsMoved / (double) decisions);
            System.out.printf("bench review decisions=%d same_p50_ms=%.1f same_p90_ms=%.1f undo_p50_ms=%.1f "
                            + "not_same_p50_ms=%.1f%n", decisions, percentile(same, 0.5), percentile(same, 0.9),
                    percentile(undo, 0.5), percentile(notSame, 0.5));
        } catch (RuntimeException e) {
            System.out.println("bench review failed: " + e.getMessage());
            exit = 1;
        } finally {
            try {
                for (String index : IndexedSample.INDICES) {
                    for (String old : client.indices().getAlias(a -> a.name(names.prefix() + "-" + index))
                            .result().keySet()) {
                        client.indices().delete(d -> d.index(old));
                    }
                }
            } finally {
                SpringApplication.exit(app);
            }
        }
        System.exit(exit);
    }

    private static String decision(JsonNode candidate, String verdict) throws Exception {
        return JSON.writeValueAsString(java.util.Map.of("a", candidate.path("keyA").asText(),
                "b", candidate.path("keyB").asText(), "verdict", verdict));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    /** A signed-in API client. */
    private record Client(String base, String authorization) {

        private static final HttpClient HTTP = HttpClient.newHttpClient();

        JsonNode get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                    .build(), path);
        }

        JsonNode post(String path, String body) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), path);
        }

        private JsonNode send(HttpRequest request, String path) throws Exception {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300 && response.statusCode() != 308) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            if (response.statusCode() == 308) {
                return get(response.headers().firstValue("Location").orElseThrow());
            }
            return JSON.readTree(response.body());
        }
    }
}
