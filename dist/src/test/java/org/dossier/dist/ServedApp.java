package org.dossier.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The web app that {@code dossier serve} started, asked as its admin, whose password it wrote on first start. */
final class ServedApp {

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private String password;

    ServedApp(int port) {
        this.port = port;
    }

    /** Waits until the web app answers the admin, whose password is in the data folder. */
    ServedApp waitUntilUp(Path data, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            Path passwords = data.resolve("initial-passwords.txt");
            if (Files.exists(passwords)) {
                password = Files.readAllLines(passwords).stream().filter(l -> l.startsWith("admin "))
                        .map(l -> l.substring("admin ".length()).strip()).findFirst().orElse(null);
                try {
                    if (password != null && http.send(request("/api/entities?size=1"),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return this;
                    }
                } catch (IOException notYet) {
                    // The server is still starting.
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the web app did not answer: " + Files.readString(log));
    }

    JsonNode get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpRequest request(String path) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).timeout(Duration.ofSeconds(30)).build();
    }
}
