package org.dossier.search.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.elastic.IndexNames;
import org.dossier.search.sample.SampleIndex;

/**
 * Thousands of generated requests over every GET parameter of the OpenAPI document, on the sample
 * corpus, from a fixed seed ({@code -Dfuzz.seed}, {@code -Dfuzz.requests} to vary): none is
 * answered 500 or more.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiFuzzTests {

    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;
    @LocalServerPort int port;

    @Test
    void noGeneratedRequestIsAServerError() throws Exception {
        SampleIndex.load(client, indices);
        long seed = Long.getLong("fuzz.seed", 20);
        int requests = Integer.getInteger("fuzz.requests", 3_000);
        List<String> ids = Stream.concat(SampleIndex.records("documents").stream(),
                SampleIndex.records("entities").stream()).limit(200).map(r -> r.path("id").asText()).toList();

        ApiFuzzer.Result result = new ApiFuzzer(URI.create("http://localhost:" + port), "admin", "admin-pw")
                .run(seed, requests, ids);

        System.out.println("fuzz statuses " + result.byStatus());
        System.out.println(result.headline(seed));
        assertThat(result.serverErrors()).as(result.headline(seed)).isEmpty();
    }
}
