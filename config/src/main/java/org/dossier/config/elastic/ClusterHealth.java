package org.dossier.config.elastic;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A node's answer to {@code GET /_cluster/health}: the check that the server is there (the
 * embedded distribution has no {@code GET /}), for the local launcher and the operators' status.
 */
public final class ClusterHealth {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClusterHealth() {
    }

    /** Whether the node answers 200 within {@code timeout}. */
    public static boolean answers(HttpClient http, URI node, Duration timeout) {
        return get(http, node, timeout, HttpResponse.BodyHandlers.discarding()).isPresent();
    }

    /** The health the node reports within {@code timeout} (cluster_name, status, ...), or empty. */
    public static Optional<JsonNode> report(HttpClient http, URI node, Duration timeout) {
        try {
            Optional<HttpResponse<String>> response = get(http, node, timeout, HttpResponse.BodyHandlers.ofString());
            return response.isPresent() ? Optional.of(JSON.readTree(response.get().body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static <T> Optional<HttpResponse<T>> get(HttpClient http, URI node, Duration timeout,
                                                     HttpResponse.BodyHandler<T> body) {
        try {
            HttpResponse<T> response = http.send(HttpRequest.newBuilder(node.resolve("/_cluster/health"))
                    .timeout(timeout).GET().build(), body);
            return response.statusCode() == 200 ? Optional.of(response) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
