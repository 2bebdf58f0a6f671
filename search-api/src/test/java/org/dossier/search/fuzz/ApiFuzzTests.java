package org.dossier.search.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.elastic.IndexNames;
import org.dossier.search.sample.SampleIndex;

/**
 * Generated requests over every GET parameter of the OpenAPI document, on the sample corpus, from
 * a fixed seed: none is answered 500 or more. The suite sends 500; a campaign sends thousands with
 * {@code -Dfuzz.requests=5000} and another {@code -Dfuzz.seed}
 * ({@code mvn -pl config,search-api verify -Dtest=ApiFuzzTests -Dsurefire.failIfNoSpecifiedTests=false}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiFuzzTests {

    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;
    @LocalServerPort int port;

    @Test
    void noGeneratedRequestIsAServerError() throws Exception {
        // What the API answers does not hang on the store: the suite's run on PostgreSQL leaves it out.
        Assumptions.assumeTrue(System.getenv("DOSSIER_TEST_POSTGRES") == null, "runs on H2 only");
        SampleIndex.load(client, indices);
        long seed = Long.getLong("fuzz.seed", 20);
        int requests = Integer.getInteger("fuzz.requests", 500);
        List<String> ids = Stream.concat(SampleIndex.records("documents").stream(),
                SampleIndex.records("entities").stream()).limit(200).map(r -> r.path("id").asText()).toList();

        ApiFuzzer.Result result = new ApiFuzzer(URI.create("http://localhost:" + port), "admin", "admin-pw")
                .run(seed, requests, ids);

        System.out.println("fuzz statuses " + result.byStatus());
        System.out.println(result.headline(seed));
        assertThat(result.serverErrors()).as(result.headline(seed)).isEmpty();
    }
}
