package org.dossier.search.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends generated requests to every GET operation the OpenAPI document describes, each
 * parameter given or left out at random and given hostile values (very long, deeply repeated
 * operators, odd numbers and dates, markup, control and astral characters, known ids), from a
 * seed so that a run can be repeated. Counts the answers by status.
 */
public final class ApiFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Function<Random, String>> VALUES = List.of(
            r -> "",
            r -> " ",
            r -> "x".repeat(1 + r.nextInt(6_000)),
            r -> "NOT ".repeat(1 + r.nextInt(400)).strip(),
            r -> "\"".repeat(1 + r.nextInt(50)) + "a OR b AND -c",
            r -> String.valueOf(r.nextLong()),
            r -> List.of("-1", "0", "1e309", "NaN", "Infinity", "-0", "1.5bn", "99999999999999999999", "3 million")
                    .get(r.nextInt(9)),
            r -> List.of("2023", "2023-13", "2023-02-30", "0000-00-00", "+999999999-12-31", "1970-01-01T00:00")
                    .get(r.nextInt(6)),
            r -> List.of("money", "count", "percent", "date", "PERSON", "ORGANIZATION", "LOCATION", "csv", "json",
                    "newest", "oldest", "relevance", "USD", "true", "false").get(r.nextInt(15)),
            r -> "<script>alert(1)</script>",
            r -> "field:value _id:* *?~{}[]()/\\^",
            r -> "' OR 1=1 -- ;",
            r -> "\u0000\u0001\u001f\u007f",
            r -> "\uD83D\uDE00 \u202Eevil \u0645\u0631\u062D\u0628\u0627 J\u00FCrgen",
            r -> "%ZZ%00%",
            r -> Base64.getUrlEncoder().encodeToString(("{\"after\":[" + r.nextInt() + "],\"pit\":\"x\"}")
                    .getBytes(StandardCharsets.UTF_8)),
            r -> Base64.getUrlEncoder().encodeToString(new byte[r.nextInt(3_000)]));

    private final URI base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Counts of one run: answers by status, and the first few requests answered 500 or more. */
    public record Result(int requests, Map<Integer, Integer> byStatus, List<String> serverErrors) {

        public int serverErrorCount() {
            return byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
        }

        public String headline(long seed) {
            return "fuzz requests=" + requests + " status_5xx=" + serverErrorCount() + " seed=" + seed;
        }
    }

    public ApiFuzzer(URI base, String user, String password) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** @param ids known ids, used now and then for path and id parameters */
    public Result run(long seed, int requests, List<String> ids) throws IOException, InterruptedException {
        Map<String, List<JsonNode>> operations = getOperations();
        List<String> paths = new ArrayList<>(operations.keySet());
        Random random = new Random(seed);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        for (int k = 0; k < requests; k++) {
            String path = paths.get(random.nextInt(paths.size()));
            StringBuilder query = new StringBuilder();
            String target = path;
            for (JsonNode parameter : operations.get(path)) {
                String name = parameter.path("name").asText();
                boolean inPath = parameter.path("in").asText().equals("path");
                if (!inPath && random.nextInt(10) < 4) {
                    continue;
                }
                String value = !ids.isEmpty() && random.nextInt(4) == 0 ? ids.get(random.nextInt(ids.size()))
                        : VALUES.get(random.nextInt(VALUES.size())).apply(random);
                String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
                if (inPath) {
                    target = target.replace("{" + name + "}", encoded.isEmpty() ? "%20" : encoded);
                } else {
                    query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(encoded);
                }
            }
            int status = send(target + query);
            byStatus.merge(status, 1, Integer::sum);
            if (status >= 500 && serverErrors.size() < 10) {
                String shown = target + query;
                serverErrors.add(status + " " + (shown.length() > 300 ? shown.substring(0, 300) + "..." : shown));
            }
        }
        return new Result(requests, byStatus, serverErrors);
    }

    /** Every GET path of the OpenAPI document with its parameters (a parameter object's fields included). */
    private Map<String, List<JsonNode>> getOperations() throws IOException, InterruptedException {
        HttpResponse<String> docs = http.send(request("/v3/api-docs"), HttpResponse.BodyHandlers.ofString());
        JsonNode paths = JSON.readTree(docs.body()).path("paths");
        Map<String, List<JsonNode>> operations = new LinkedHashMap<>();
        paths.fields().forEachRemaining(entry -> {
            JsonNode get = entry.getValue().path("get");
            if (!get.isMissingNode()) {
                List<JsonNode> parameters = new ArrayList<>();
                get.path("parameters").forEach(parameters::add);
                operations.put(entry.getKey(), parameters);
            }
        });
        return operations;
    }

    private int send(String pathAndQuery) throws InterruptedException {
        try {
            return http.send(request(pathAndQuery), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IllegalArgumentException e) {
            return 0; // a request the client itself refuses to make
        } catch (IOException e) {
            return 599; // the server dropped the connection
        }
    }

    private HttpRequest request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).GET().build();
    }
}
