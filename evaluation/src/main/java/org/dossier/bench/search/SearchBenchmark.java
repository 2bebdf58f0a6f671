package org.dossier.bench.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.elasticsearch.client.Node;
import org.elasticsearch.client.RestClient;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.dossier.bench.search.QueryMix.Kind;
import org.dossier.config.elastic.IndexNames;
import org.dossier.search.SearchApplication;
import org.dossier.search.query.DocumentSearch;

/**
 * {@code dossier bench search SAMPLE_DIR}: requests/s and latency of the search API under
 * {@code -Dclients=8} concurrent clients for {@code -Dseconds=60}, over {@code -Ddocuments=100000}
 * documents made from the indexed sample corpus (kept in the {@code bench-search} indices between
 * runs). Each client alternates an API request with a bare Elasticsearch request, in the same
 * window: for a documents search, exactly the hits request the API sends (words, filters,
 * highlights, 20 hits; a second page by search_after), on a client of its own. So both see the
 * same load, the same caches and the same query words; the API's searches are compared with it.
 */
public final class SearchBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN_FAILURES = 10;

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
        String password = UUID.randomUUID().toString();
        Path users = Files.createTempFile("bench-users", ".properties");
        users.toFile().deleteOnExit();
        Files.writeString(users, "bench={noop}" + password + ",ROLE_RESEARCHER\n");
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                ("bench:" + password).getBytes(StandardCharsets.UTF_8));
        List<String> options = new ArrayList<>(List.of("--server.port=0",
                "--dossier.security.users-file=" + users,
                "--dossier.elasticsearch.index-prefix=bench-search", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        options.addAll(Arrays.asList(args).subList(1, args.length));
        ConfigurableApplicationContext app = SpringApplication.run(SearchApplication.class,
                options.toArray(String[]::new));
        int exit = 0;
        try (RestClient rest = RestClient.builder(app.getBean(RestClient.class).getNodes().toArray(Node[]::new)).build()) {
            IndexNames names = app.getBean(IndexNames.class);
            corpus.load(app.getBean(ElasticsearchClient.class), names, documents);
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            QueryMix mix = new QueryMix(corpus);
            // The bare requests go through a client and connections of their own, mapped as the app maps.
            ElasticsearchClient bare = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(
                    new ObjectMapper().registerModule(new JavaTimeModule())
                            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))));

            System.out.printf("bench search: %,d documents, %d clients, %,d query words, warming up%n", documents,
                    clients, mix.vocabulary());
            new Load(base, authorization, bare, names.documents(), mix).run(clients, Math.max(5, seconds / 6));
            Load load = new Load(base, authorization, bare, names.documents(), mix);
            load.run(clients, seconds);
            exit = load.report(documents, clients, seconds);
        } catch (RuntimeException e) {
            System.out.println("bench search failed: " + e);
            exit = 1;
        } finally {
            SpringApplication.exit(app);
        }
        System.exit(exit);
    }

    /** Latencies in milliseconds, sorted. */
    record Result(double[] millis) {

        static Result of(List<Long> nanos) {
            return new Result(nanos.stream().mapToDouble(n -> n / 1e6).sorted().toArray());
        }

        int count() {
            return millis.length;
        }

        double p50() {
            return percentile(0.50);
        }

        double p99() {
            return percentile(0.99);
        }

        private double percentile(double p) {
            return millis.length == 0 ? Double.NaN
                    : millis[(int) Math.min(millis.length - 1, Math.floor(p * millis.length))];
        }
    }

    /** Clients that each alternate an API request of the mix with a bare Elasticsearch search, until time is up. */
    static final class Load {

        private final String base;
        private final String authorization;
        private final ElasticsearchClient bare;
        private final String index;
        private final QueryMix mix;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final Map<Kind, ConcurrentLinkedQueue<Long>> api = new EnumMap<>(Kind.class);
        private final Map<Kind, ConcurrentLinkedQueue<Long>> raw = new EnumMap<>(Kind.class);
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final AtomicLong failed = new AtomicLong();

        Load(String base, String authorization, ElasticsearchClient bare, String index, QueryMix mix) {
            this.base = base;
            this.authorization = authorization;
            this.bare = bare;
            this.index = index;
            this.mix = mix;
            for (Kind kind : Kind.values()) {
                api.put(kind, new ConcurrentLinkedQueue<>());
                raw.put(kind, new ConcurrentLinkedQueue<>());
            }
        }

        void run(int clients, int seconds) throws InterruptedException {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                Random random = new Random(1000 + c);
                Thread thread = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        api(mix.next(random));
                        if (System.nanoTime() < end) {
                            raw(mix.nextSearch(random));
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }

        /** Prints the table and the last line; the exit code: 1 when a request failed. */
        int report(int documents, int clients, int seconds) {
            System.out.printf("%-14s %8s %9s %9s %8s %9s %9s %8s %8s%n", "request", "count", "p50_ms", "p99_ms",
                    "raw", "raw_p50", "raw_p99", "p50/raw", "p99/raw");
            for (Kind kind : Kind.values()) {
                Result one = Result.of(new ArrayList<>(api.get(kind)));
                Result bareOne = Result.of(new ArrayList<>(raw.get(kind)));
                if (kind.isSearch()) {
                    System.out.printf("%-14s %8d %9.1f %9.1f %8d %9.1f %9.1f %8.2f %8.2f%n", kind.name().toLowerCase(),
                            one.count(), one.p50(), one.p99(), bareOne.count(), bareOne.p50(), bareOne.p99(),
                            one.p50() / bareOne.p50(), one.p99() / bareOne.p99());
                } else {
                    System.out.printf("%-14s %8d %9.1f %9.1f%n", kind.name().toLowerCase(), one.count(), one.p50(),
                            one.p99());
                }
            }
            Result all = merged(api, k -> true);
            Result searches = merged(api, Kind::isSearch);
            Result baseline = merged(raw, Kind::isSearch);
            System.out.printf("all requests: %d in %d s, p50 %.1f ms, p99 %.1f ms; bare Elasticsearch: %d%n",
                    all.count(), seconds, all.p50(), all.p99(), baseline.count());
            failures.forEach(f -> System.out.println("failed: " + f));
            long failedCount = failed.get();
            String p50Ratio = failedCount > 0 ? "-" : String.format("%.2f", searches.p50() / baseline.p50());
            String p99Ratio = failedCount > 0 ? "-" : String.format("%.2f", searches.p99() / baseline.p99());
            System.out.printf("bench search docs=%d clients=%d req/s=%.1f p50_ms=%.1f p99_ms=%.1f raw_p50_ms=%.1f "
                            + "raw_p99_ms=%.1f p50_vs_raw=%s p99_vs_raw=%s failures=%d%n", documents, clients,
                    all.count() / (double) seconds, searches.p50(), searches.p99(), baseline.p50(), baseline.p99(),
                    p50Ratio, p99Ratio, failedCount);
            return failedCount > 0 ? 1 : 0;
        }

        private static Result merged(Map<Kind, ConcurrentLinkedQueue<Long>> latencies, Predicate<Kind> which) {
            List<Long> all = new ArrayList<>();
            latencies.forEach((kind, list) -> {
                if (which.test(kind)) {
                    all.addAll(list);
                }
            });
            return Result.of(all);
        }

        private void api(QueryMix.Request request) {
            try {
                if (request.kind() == Kind.NEXT_PAGE) {
                    JsonNode first = JSON.readTree(get(Kind.SEARCH, base + request.path()));
                    if (first.path("next").isTextual()) {
                        get(Kind.NEXT_PAGE, first.path("next").asText());
                    }
                } else {
                    get(request.kind(), base + request.path());
                }
            } catch (IOException | RuntimeException e) {
                fail("API " + request.path() + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private String get(Kind kind, String url) throws IOException, InterruptedException {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(200, response.body().length())));
            }
            api.get(kind).add(took);
            return response.body();
        }

        /** The API's hits request for the same kind of search, bare; a second page follows the first's last hit. */
        private void raw(QueryMix.Request request) {
            try {
                var first = bareSearch(request.kind() == Kind.NEXT_PAGE ? Kind.SEARCH : request.kind(),
                        DocumentSearch.hitsRequest(request.query(), index, null, List.of()));
                List<Hit<DocumentSearch.ListedDocument>> hits = first.hits().hits();
                if (request.kind() == Kind.NEXT_PAGE && hits.size() == request.query().size()) {
                    bareSearch(Kind.NEXT_PAGE, DocumentSearch.hitsRequest(request.query(), index, null,
                            hits.get(hits.size() - 1).sort()));
                }
            } catch (IOException | RuntimeException e) {
                fail("bare Elasticsearch " + request.path() + ": " + e);
            }
        }

        private SearchResponse<DocumentSearch.ListedDocument> bareSearch(
                Kind kind, co.elastic.clients.elasticsearch.core.SearchRequest search) throws IOException {
            long start = System.nanoTime();
            var response = bare.search(search, DocumentSearch.ListedDocument.class);
            raw.get(kind).add(System.nanoTime() - start);
            return response;
        }

        private void fail(String what) {
            if (failed.incrementAndGet() <= SHOWN_FAILURES) {
                failures.add(what);
            }
        }
    }
}
