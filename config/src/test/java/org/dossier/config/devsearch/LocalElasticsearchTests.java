package org.dossier.config.devsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.dossier.config.settings.DossierProperties;

/** Starts real Elasticsearch servers from the distribution the build fetched. */
class LocalElasticsearchTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void startsOnAFreePortIsSharedBySecondProcessAndStopsWithItsOwner() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int taken = busy.getLocalPort();
            DossierProperties properties = properties("shared", taken + "-" + (taken + 20));

            try (LocalElasticsearch first = LocalElasticsearch.startOrReuse(properties)) {
                assertThat(first.owned()).isTrue();
                assertThat(first.uri().getPort()).isNotEqualTo(taken).isBetween(taken + 1, taken + 20);
                assertThat(health(first.uri())).contains("\"status\":\"green\"");

                try (LocalElasticsearch second = LocalElasticsearch.startOrReuse(properties)) {
                    assertThat(second.owned()).isFalse();
                    assertThat(second.uri()).isEqualTo(first.uri());
                }
                assertThat(health(first.uri())).as("a borrower leaves the server running").contains("green");

                first.close();
                assertThatThrownBy(() -> health(first.uri())).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void aBusyPortIsNamedInTheError() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(busy.getLocalPort());

            assertThatThrownBy(() -> LocalElasticsearch.startOrReuse(properties("busy", port)).close())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Elasticsearch stopped while starting")
                    .hasMessageContaining(port);
        }
    }

    private static DossierProperties properties(String name, String ports) {
        Path dataDir = Path.of("target/test-data/launcher-" + name);
        return new DossierProperties(dataDir,
                new DossierProperties.Elasticsearch(List.of(), "test",
                        new DossierProperties.Local("256m", ports, Duration.ofSeconds(120), null)),
                new DossierProperties.Store(null, "sa", ""));
    }

    private static String health(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri.resolve("/_cluster/health"))
                .timeout(Duration.ofSeconds(5)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
