package org.dossier.bench.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.dossier.config.elastic.IndexNames;
import org.dossier.search.SearchApplication;

/**
 * {@code dossier bench search SAMPLE_DIR}: requests/s and latency of the search API under
 * {@code -Dclients=8} concurrent clients for {@code -Dseconds=60}, over {@code -Ddocuments=100000}
 * documents made from the indexed sample corpus (kept in the {@code bench-search} indices between
 * runs). Beside it, in the same run, the same clients send bare match queries straight to
 * Elasticsearch: the floor any search API stands on.
 */
public final class SearchBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SearchBenchmark SAMPLE_DIR [--key=value ...]");
            System.exit(2);
        }
        int documents = Integer.getInteger("documents", 100_000);
        int clients = Integer.getInteger("clients", 8);
        int seconds = Integer.getInteger("seconds", 60);
        BenchCorpus corpus = BenchCorpus.read(Path.of(args[0]));

        // A user of its own, so that the benchmark needs nobody's password.
        String password = java.util.UUID.randomUUID().toString();
        Path users = java.nio.file.Files.createTempFile("bench-users", ".properties");
        users.toFile().deleteOnExit();
        java.nio.file.Files.writeString(users, "bench={noop}" + password + ",ROLE_RESEARCHER\n");
        String authorization = "Basic " + java.util.Base64.getEncoder().encodeToString(
                ("bench:" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> options = new ArrayList<>(List.of("--server.port=0",
                "--dossier.security.users-file=" + users,
                "--dossier.elasticsearch.index-prefix=bench-search", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        options.addAll(Arrays.asList(args).subList(1, args.length));
        ConfigurableApplicationContext app = SpringApplication.run(SearchApplication.class,
                options.toArray(String[]::new));
        int exit = 0;
        try {
            ElasticsearchClient client = app.getBean(ElasticsearchClient.class);
            IndexNames names = app.getBean(IndexNames.class);
            corpus.load(client, names, documents);
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            QueryMix mix = new QueryMix(corpus);

            System.out.printf("bench search: %,d documents, %d clients, warming up%n", documents, clients);
            new ApiLoad(base, mix, authorization).run(clients, Math.max(5, seconds / 6));
            Result raw = new RawLoad(client, names, mix).run(clients, Math.max(10, seconds / 3));
            ApiLoad api = new ApiLoad(base, mix, authorization);
            Result all = api.run(clients, seconds);

            System.out.printf("%-14s %8s %9s %9s%n", "request", "count", "p50_ms", "p99_ms");
            for (QueryMix.Kind kind : QueryMix.Kind.values()) {
                Result one = api.byKind(kind, seconds);
                System.out.printf("%-14s %8d %9.1f %9.1f%n", kind.name().toLowerCase(), one.count(), one.p50(),
                        one.p99());
            }
            System.out.printf("%-14s %8d %9.1f %9.1f%n", "raw match", raw.count(), raw.p50(), raw.p99());
            System.out.printf("errors %d; raw Elasticsearch match queries: %.0f req/s%n", api.errors.get(),
                    raw.perSecond());
            System.out.printf("bench search docs=%d clients=%d req/s=%.1f p50_ms=%.1f p99_ms=%.1f raw_req/s=%.0f "
                            + "vs_raw=%.3f%n", documents, clients, all.perSecond(), all.p50(), all.p99(),
                    raw.perSecond(), all.perSecond() / raw.perSecond());
        } catch (RuntimeException e) {
            System.out.println("bench search failed: " + e.getMessage());
            exit = 1;
        } finally {
            SpringApplication.exit(app);
        }
        System.exit(exit);
    }

    /** Latencies of one load, in milliseconds. */
    record Result(double[] millis, int seconds) {

        static Result of(List<Long> nanos, int seconds) {
            double[] millis = nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray();
            return new Result(millis, seconds);
        }

        int count() {
            return millis.length;
        }

        double perSecond() {
            return millis.length / (double) seconds;
        }

        double p50() {
            return percentile(0.50);
        }

        double p99() {
            return percentile(0.99);
        }

        private double percentile(double p) {
            return millis.length == 0 ? Double.NaN : millis[(int) Math.min(millis.length - 1, Math.floor(p * millis.length))];
        }
    }

    /** Clients that send the mix to the API until time is up. */
    static final class ApiLoad {

        private final String base;
        private final QueryMix mix;
        private final String authorization;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final Map<QueryMix.Kind, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        final AtomicLong errors = new AtomicLong();

        ApiLoad(String base, QueryMix mix, String authorization) {
            this.base = base;
            this.mix = mix;
            this.authorization = authorization;
            for (QueryMix.Kind kind : QueryMix.Kind.values()) {
                latencies.put(kind, new ConcurrentLinkedQueue<>());
            }
        }

        Result run(int clients, int seconds) throws InterruptedException {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(1000 + c);
                Thread thread = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        one(mix.next(random), random);
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            List<Long> all = new ArrayList<>();
            latencies.values().forEach(all::addAll);
            return Result.of(all, seconds);
        }

        Result byKind(QueryMix.Kind kind, int seconds) {
            return Result.of(new ArrayList<>(latencies.get(kind)), seconds);
        }

        private void one(QueryMix.Kind kind, Random random) {
            try {
                String path = mix.path(kind, random);
                if (kind == QueryMix.Kind.NEXT_PAGE) {
                    JsonNode first = JSON.readTree(timed(QueryMix.Kind.SEARCH, base + path));
                    if (first.path("next").isNull() || first.path("next").isMissingNode()) {
                        return;
                    }
                    timed(kind, first.path("next").asText());
                } else {
                    timed(kind, base + path);
                }
            } catch (IOException | RuntimeException e) {
                errors.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private String timed(QueryMix.Kind kind, String url) throws IOException, InterruptedException {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            latencies.get(kind).add(took);
            return response.body();
        }
    }

    /** The same clients sending bare match queries for the mix's words straight to Elasticsearch. */
    record RawLoad(ElasticsearchClient client, IndexNames names, QueryMix mix) {

        Result run(int clients, int seconds) throws InterruptedException {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(2000 + c);
                Thread thread = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        String word = mix.word(random);
                        long start = System.nanoTime();
                        try {
                            client.search(s -> s.index(names.documents()).size(20)
                                    .query(q -> q.match(m -> m.field("text").query(word)))
                                    .source(src -> src.filter(f -> f.includes("id", "title"))), Void.class);
                            latencies.add(System.nanoTime() - start);
                        } catch (IOException | RuntimeException e) {
                            // counted as missing throughput
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            return Result.of(new ArrayList<>(latencies), seconds);
        }
    }
}
