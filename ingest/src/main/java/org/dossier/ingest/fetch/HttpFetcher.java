package org.dossier.ingest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;


/**
 * Fetches pages politely and defensively with the JDK's HTTP client: timeouts, a size cap,
 * redirects followed, a least delay between two requests to one host, tries again with
 * backoff when an answer may come later (timeouts, 429, 5xx), and conditional requests
 * (ETag, Last-Modified) so that an unchanged page costs one short answer. A page that cannot
 * be had raises {@link UnfetchableException} with the reason.
 */
public class HttpFetcher {

    private final FetchPolicy policy;
    private final HttpClient client;
    private final Map<String, Long> nextRequestAt = new ConcurrentHashMap<>();

    public HttpFetcher(FetchPolicy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** {@code version}: the validator of the copy we have ({@link Fetched#version()}), or null. */
    public Fetched fetch(URI uri, String version) throws InterruptedException {
        String failure = null;
        for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
            if (attempt > 1) {
                Thread.sleep(backoff(attempt));
            }
            waitForHost(uri);
            try {
                HttpResponse<InputStream> response = client.send(request(uri, version),
                        HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                if (status == 429 || status >= 500) {
                    response.body().close();
                    failure = "HTTP " + status;
                    continue;
                }
                return answer(uri, response);
            } catch (HttpTimeoutException e) {
                failure = "timed out after " + policy.readTimeout().toSeconds() + " s";
            } catch (IOException e) {
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        throw new UnfetchableException("could not fetch " + uri + ": " + failure + " (" + policy.attempts()
                + " tries)");
    }

    private HttpRequest request(URI uri, String version) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(policy.readTimeout())
                .header("User-Agent", policy.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (version != null && version.startsWith("etag:")) {
            request.header("If-None-Match", version.substring(5));
        } else if (version != null && version.startsWith("modified:")) {
            request.header("If-Modified-Since", version.substring(9));
        }
        return request.build();
    }

    private Fetched answer(URI uri, HttpResponse<InputStream> response) throws IOException {
        int status = response.statusCode();
        String version = response.headers().firstValue("ETag").map(etag -> "etag:" + etag)
                .or(() -> response.headers().firstValue("Last-Modified").map(date -> "modified:" + date))
                .orElse(null);
        try (InputStream body = response.body()) {
            if (status == 304) {
                return new Fetched(response.uri(), true, new byte[0], null, version);
            }
            if (status >= 400) {
                throw new UnfetchableException("could not fetch " + uri + ": HTTP " + status);
            }
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
            if (bytes.length > policy.maxBytes()) {
                throw new UnfetchableException(String.format(Locale.ROOT,
                        "too large: %s is over the %.1f MB limit (dossier.fetch.max-size)", uri,
                        policy.maxBytes() / (1024.0 * 1024.0)));
            }
            return new Fetched(response.uri(), false, bytes,
                    response.headers().firstValue("Content-Type").orElse(null), version);
        }
    }

    /** Waits until the host may be asked again, and books the next slot. */
    private void waitForHost(URI uri) throws InterruptedException {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        long delay = policy.perHostDelay().toNanos();
        long now = System.nanoTime();
        long slot = nextRequestAt.merge(host, now, (booked, ignored) -> Math.max(booked, now));
        nextRequestAt.put(host, slot + delay);
        long wait = slot - now;
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private static long backoff(int attempt) {
        return 500L << Math.min(attempt - 2, 5);
    }
}
