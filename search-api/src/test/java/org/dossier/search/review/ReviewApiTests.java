package org.dossier.search.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.elastic.IndexNames;
import org.dossier.search.SearchApplication;
import org.dossier.search.sample.SampleIndex;

/**
 * The review API over the sample corpus's real queue, in indices and a store of its own, since
 * its decisions change them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "dossier.elasticsearch.index-prefix=test-review-${random.value}",
    "dossier.store.jdbc-url=jdbc:h2:file:./target/test-data/review-${random.value}/dossier;AUTO_SERVER=TRUE"})
@ActiveProfiles("test")
class ReviewApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestRestTemplate http;
    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;
    @Autowired org.springframework.boot.autoconfigure.jdbc.DataSourceProperties store;

    TestRestTemplate analyst;

    @BeforeEach
    void loadSample() {
        SampleIndex.load(client, indices);
        SampleIndex.loadStore(jdbc);
        analyst = http.withBasicAuth("analyst", "analyst-pw");
        // Each test starts from the queue as the resolve run left it.
        while (analyst.postForEntity("/api/review/decisions/undo", HttpEntity.EMPTY, String.class)
                .getStatusCode() == HttpStatus.OK) {
            // undone
        }
    }

    @Test
    void everyWriteEndpointWants401WithoutASessionAnd403WithTheWrongRole() {
        Map<String, String> body = Map.of("a", "PERSON:x", "b", "PERSON:y", "verdict", "SAME");
        for (String write : List.of("/api/review/decisions", "/api/review/decisions/undo")) {
            assertThat(http.postForEntity(write, body, String.class).getStatusCode()).as(write)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            for (String role : List.of("researcher", "operator")) {
                assertThat(http.withBasicAuth(role, role + "-pw").postForEntity(write, body, String.class)
                        .getStatusCode()).as(write + " as " + role).isEqualTo(HttpStatus.FORBIDDEN);
            }
        }
        assertThat(http.withBasicAuth("researcher", "researcher-pw").getForEntity("/api/review/candidates",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theQueueIsOrderedByValueAndABlindOneHidesScoresAndEvidence() {
        JsonNode queue = get("/api/review/candidates");
        assertThat(queue.size()).isEqualTo(SampleIndex.records("review_candidate").size());
        List<Double> values = StreamSupport.stream(queue.spliterator(), false).map(c -> c.path("value").asDouble())
                .toList();
        assertThat(values).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        JsonNode top = queue.get(0);
        double uncertainty = 1 - Math.abs(2 * top.path("score").asDouble() - 1);
        assertThat(top.path("value").asDouble()).isCloseTo(uncertainty * top.path("mentions").asInt(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(top.path("evidence").size()).isPositive();

        JsonNode blind = get("/api/review/candidates?blind=true").get(0);
        assertThat(blind.path("score").isNull()).isTrue();
        assertThat(blind.path("value").isNull()).as("the value gives the score away").isTrue();
        assertThat(blind.path("evidence").size()).isZero();
        assertThat(blind.path("keyA").asText()).isEqualTo(top.path("keyA").asText());
    }

    @Test
    void sameMergesTheEntitiesInTheIndicesAtOnceAndUndoPutsThemBack() {
        JsonNode candidate = mergeable();
        JsonNode evidence = get("/api/review/evidence?a={a}&b={b}", candidate);
        String idA = evidence.path("a").path("entity").path("id").asText();
        String idB = evidence.path("b").path("entity").path("id").asText();
        int documentsBefore = get("/api/entities/" + idA + "/documents?size=1").path("total").asInt();

        JsonNode decision = post("/api/review/decisions", Map.of("a", candidate.path("keyA").asText(),
                "b", candidate.path("keyB").asText(), "verdict", "same", "note", "same spelling"), HttpStatus.CREATED);
        String survivor = decision.path("survivor").asText();
        String merged = decision.path("merged").asText();
        assertThat(List.of(survivor, merged)).containsExactlyInAnyOrder(idA, idB);

        JsonNode kept = get("/api/entities/" + merged);
        assertThat(kept.path("entity").path("id").asText()).isEqualTo(survivor);
        String mergedName = evidence.path(merged.equals(idA) ? "a" : "b").path("entity").path("name").asText();
        assertThat(kept.path("entity").path("aliases").toString()).contains(mergedName);
        assertThat(kept.path("entity").path("mergedFrom").toString()).contains(merged);
        assertThat(get("/api/entities/" + merged + "/documents?size=1").path("total").asInt())
                .isGreaterThanOrEqualTo(documentsBefore);
        String someDocument = evidence.path(merged.equals(idA) ? "a" : "b").path("documents").get(0).path("id").asText();
        assertThat(StreamSupport.stream(get("/api/documents/" + someDocument).path("mentions").spliterator(), false)
                .map(m -> m.path("entityId").asText())).contains(survivor).doesNotContain(merged);
        assertThat(StreamSupport.stream(get("/api/review/candidates").spliterator(), false)
                .map(c -> c.path("keyA").asText() + "/" + c.path("keyB").asText()))
                .doesNotContain(candidate.path("keyA").asText() + "/" + candidate.path("keyB").asText());

        JsonNode undone = post("/api/review/decisions/undo", Map.of(), HttpStatus.OK);
        assertThat(undone.path("verdict").asText()).isEqualTo("SAME");
        assertThat(get("/api/entities/" + merged).path("entity").path("id").asText()).isEqualTo(merged);
        assertThat(get("/api/entities/" + survivor).path("entity").path("aliases").toString()).doesNotContain(
                "\"" + mergedName + "\"");
        assertThat(StreamSupport.stream(get("/api/documents/" + someDocument).path("mentions").spliterator(), false)
                .map(m -> m.path("entityId").asText())).contains(merged);
    }

    @Test
    void decisionsAreKeptWithWhoAndWhyAndSurviveARestart() {
        JsonNode candidate = get("/api/review/candidates").get(1);
        post("/api/review/decisions", Map.of("a", candidate.path("keyA").asText(), "b",
                candidate.path("keyB").asText(), "verdict", "NOT_SAME", "note", "different banks"), HttpStatus.CREATED);

        // Another app on the same store, as after a restart.
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(SearchApplication.class)
                .profiles("test").run("--server.port=0", "--dossier.store.jdbc-url=" + store.getUrl(),
                        "--dossier.store.username=" + store.getUsername(),
                        "--dossier.store.password=" + (store.getPassword() == null ? "" : store.getPassword()),
                        "--dossier.elasticsearch.index-prefix=" + indices.prefix())) {
            String port = restarted.getEnvironment().getProperty("local.server.port");
            JsonNode history = send("http://localhost:" + port + "/api/review/history?by=analyst");
            JsonNode last = history.get(0);
            assertThat(last.path("verdict").asText()).isEqualTo("NOT_SAME");
            assertThat(last.path("note").asText()).isEqualTo("different banks");
            assertThat(last.path("decidedBy").asText()).isEqualTo("analyst");
        }
        assertThat(get("/api/review/history?by=nobody").size()).isZero();
        assertThat(get("/api/review/history?by=analyst&from=2000&to=2000").size()).isZero();
    }

    @Test
    void badDecisionsAre400sThatSayWhy() {
        ResponseEntity<JsonNode> maybe = analyst.postForEntity("/api/review/decisions",
                Map.of("a", "PERSON:x", "b", "PERSON:y", "verdict", "maybe"), JsonNode.class);
        assertThat(maybe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(maybe.getBody().path("detail").asText()).contains("verdict must be SAME, NOT_SAME or UNSURE");
        ResponseEntity<JsonNode> same = analyst.postForEntity("/api/review/decisions",
                Map.of("a", "PERSON:x", "b", "PERSON:x", "verdict", "SAME"), JsonNode.class);
        assertThat(same.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(analyst.getForEntity("/api/review/evidence?a=PERSON:x&b=PERSON:y", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anAnalystChoosesTheNameShownAndSplitsANameOut() {
        JsonNode sec = SampleIndex.records("entities").stream()
                .filter(e -> e.path("name").asText().equals("Securities and Exchange Commission")).findFirst()
                .orElseThrow();
        String id = sec.path("id").asText();

        JsonNode renamed = post("/api/review/preferred-name", Map.of("entity", id, "name", "SEC"), HttpStatus.OK);
        assertThat(renamed.path("name").asText()).isEqualTo("SEC");
        JsonNode entity = get("/api/entities/" + id).path("entity");
        assertThat(entity.path("name").asText()).isEqualTo("SEC");
        assertThat(entity.path("aliases").toString()).contains("Securities and Exchange Commission")
                .doesNotContain("\"SEC\"");
        assertThat(analyst.postForEntity("/api/review/preferred-name", Map.of("entity", id, "name", "Interpol"),
                JsonNode.class).getBody().path("detail").asText()).contains("is not one of the ways");

        Map<String, List<String>> names = new java.util.HashMap<>();
        SampleIndex.records("entity_name").forEach(n -> names.computeIfAbsent(n.path("entity_id").asText(),
                k -> new java.util.ArrayList<>()).add(n.path("name_key").asText()));
        Map.Entry<String, List<String>> several = names.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                .findFirst().orElseThrow();
        String out = several.getValue().get(0);
        JsonNode split = post("/api/review/split", Map.of("entity", several.getKey(), "name", out), HttpStatus.OK);
        assertThat(split.path("judgements").asInt()).isEqualTo(several.getValue().size() - 1);
        JsonNode last = get("/api/review/history?by=analyst").get(0);
        assertThat(last.path("verdict").asText()).isEqualTo("NOT_SAME");
        assertThat(List.of(last.path("keyA").asText(), last.path("keyB").asText())).contains(out);
        assertThat(last.path("note").asText()).startsWith("split out of");
        assertThat(http.withBasicAuth("researcher", "researcher-pw").postForEntity("/api/review/split",
                Map.of("entity", several.getKey(), "name", out), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** A candidate whose two names belong to two entities that both have documents. */
    private JsonNode mergeable() {
        for (JsonNode candidate : get("/api/review/candidates")) {
            JsonNode evidence = get("/api/review/evidence?a={a}&b={b}", candidate);
            if (!evidence.path("a").path("entity").isNull() && !evidence.path("b").path("entity").isNull()
                    && evidence.path("a").path("documents").size() > 0 && evidence.path("b").path("documents").size() > 0
                    && !evidence.path("a").path("entity").path("id").equals(evidence.path("b").path("entity").path("id"))) {
                return candidate;
            }
        }
        throw new AssertionError("no mergeable candidate in the sample");
    }

    private JsonNode get(String url, JsonNode candidate) {
        ResponseEntity<JsonNode> response = analyst.getForEntity(url, JsonNode.class,
                candidate.path("keyA").asText(), candidate.path("keyB").asText());
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private JsonNode get(String url) {
        ResponseEntity<JsonNode> response = analyst.getForEntity(url, JsonNode.class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private JsonNode post(String url, Object body, HttpStatus status) {
        ResponseEntity<JsonNode> response = analyst.postForEntity(url, body, JsonNode.class);
        assertThat(response.getStatusCode()).as(url + " " + response.getBody()).isEqualTo(status);
        return response.getBody();
    }

    private static JsonNode send(String url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("analyst:analyst-pw"
                            .getBytes())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
