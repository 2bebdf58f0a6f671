package org.dossier.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.domain.ContentHash;
import org.dossier.config.domain.DocumentMetadata;
import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.domain.EntityRecord;
import org.dossier.config.elastic.IndexNames;
import org.dossier.search.sample.SampleIndex;

/**
 * The REST API over the sample corpus as the jobs indexed it, in the real local Elasticsearch.
 * Expected answers are worked out from the fixture's records, not written in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SampleCorpusApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<JsonNode> DOCUMENTS = SampleIndex.records("documents");
    private static final List<JsonNode> ENTITIES = SampleIndex.records("entities");

    @Autowired TestRestTemplate http;
    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;
    @LocalServerPort int port;

    @BeforeEach
    void loadSample() {
        http = http.withBasicAuth("researcher", "researcher-pw");
        SampleIndex.load(client, indices);
    }

    @Test
    void aSearchFindsTheArticleAndItsPeopleAreFacets() {
        JsonNode page = get("/api/documents?q=impeachment investigation");

        assertThat(page.path("total").asLong()).isEqualTo(countDocuments(d ->
                d.path("text").asText().toLowerCase().contains("impeachment")
                        && d.path("text").asText().toLowerCase().contains("investigation")));
        assertThat(page.path("hits").get(0).path("title").asText())
                .isEqualTo("US Speaker Pelosi announces Trump impeachment investigation");
        assertThat(names(page.path("facets").path("people"))).contains("Nancy Pelosi");
        assertThat(page.path("facets").path("languages").get(0).path("key").asText()).isEqualTo("en");
    }

    @Test
    void filteringByAnEntityKeepsOnlyTheDocumentsThatMentionIt() {
        JsonNode sec = entityNamed("Securities and Exchange Commission");
        JsonNode page = get("/api/documents?size=100&entity=" + sec.path("id").asText());

        assertThat(page.path("total").asInt()).isEqualTo(sec.path("documentCount").asInt())
                .isEqualTo(countDocuments(d -> contains(d.path("entityIds"), sec.path("id").asText())));
    }

    @Test
    void kindSiteAndDateFiltersNarrowTheResults() {
        assertThat(get("/api/documents?kind=report").path("total").asLong())
                .isEqualTo(countDocuments(d -> d.path("kind").asText().equals("report")));
        assertThat(get("/api/documents?site=en.wikinews.org").path("total").asLong())
                .isEqualTo(countDocuments(d -> d.path("site").asText().equals("en.wikinews.org")));
        JsonNode september = get("/api/documents?from=2019-09-01&to=2019-09&size=100");
        long expected = countDocuments(d -> d.path("published").asText().startsWith("2019-09"));
        assertThat(september.path("total").asLong()).isEqualTo(expected).isPositive();
        september.path("hits").forEach(hit -> assertThat(hit.path("published").asText()).startsWith("2019-09"));
    }

    @Test
    void aFigureFilterFindsDocumentsStatingAnAmountOverABillionDollars() {
        JsonNode page = get("/api/documents?figure=money&currency=USD&min=1bn&size=100");

        long expected = countDocuments(d -> StreamSupport.stream(d.path("figures").spliterator(), false)
                .anyMatch(SampleCorpusApiTests::isDollarsOverABillion));
        assertThat(page.path("total").asLong()).isEqualTo(expected).isPositive();
    }

    @Test
    void figuresAreListedAndExportedAsCsvAndJson() throws IOException {
        long expected = DOCUMENTS.stream().flatMap(d -> StreamSupport.stream(d.path("figures").spliterator(), false))
                .filter(SampleCorpusApiTests::isDollarsOverABillion).count();

        List<JsonNode> rows = new ArrayList<>();
        JsonNode page = get("/api/figures?type=money&currency=usd&min=1e9&size=2");
        page.path("rows").forEach(rows::add);
        while (!page.path("cursor").isNull()) {
            page = get("/api/figures?type=money&currency=usd&min=1e9&size=2&cursor=" + page.path("cursor").asText());
            page.path("rows").forEach(rows::add);
        }
        assertThat(rows).hasSize((int) expected);
        rows.forEach(row -> {
            assertThat(row.path("currency").asText()).isEqualTo("USD");
            assertThat(Math.max(row.path("value").asDouble(), row.path("valueMax").asDouble())).isGreaterThanOrEqualTo(1e9);
        });

        ResponseEntity<String> csv = http.getForEntity("/api/figures/export?type=money&currency=USD&min=1bn", String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("figures.csv");
        assertThat(csv.getBody()).startsWith("documentId,title,published,site,type,text,value");
        assertThat(org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.getBody())).stream().count()).isEqualTo(expected);
        JsonNode exported = get("/api/figures/export?type=money&currency=USD&min=1bn&format=json");
        assertThat(exported.size()).isEqualTo((int) expected);
    }

    @Test
    void pagesFollowTheCursorThroughEveryDocumentReadingOneSnapshot() throws IOException {
        Set<String> ids = new HashSet<>();
        JsonNode page = get("/api/documents?size=7&sort=newest");
        page.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
        page = get(page.path("next").asText());
        page.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));

        // A document indexed now would come first; pages already under way do not see it.
        DocumentRecord late = DocumentRecord.read(ContentHash.of("late"), "test:late", "A late arrival.",
                "text/plain", new DocumentMetadata("Late", List.of(), Instant.now(), null, null,
                        DocumentMetadata.NEWS_ARTICLE, null), Instant.now(), 15, false);
        client.index(i -> i.index(indices.documents()).id(late.id()).document(late).refresh(Refresh.True));
        try {
            int pages = 2;
            while (!page.path("next").isNull()) {
                page = get(page.path("next").asText());
                page.path("hits").forEach(hit -> assertThat(ids.add(hit.path("id").asText())).isTrue());
                pages++;
            }
            assertThat(ids).hasSize(DOCUMENTS.size()).doesNotContain(late.id());
            assertThat(pages).isEqualTo((DOCUMENTS.size() + 6) / 7);
            assertThat(get("/api/documents?size=1").path("total").asInt()).isEqualTo(DOCUMENTS.size() + 1);
        } finally {
            client.delete(d -> d.index(indices.documents()).id(late.id()).refresh(Refresh.True));
        }
    }

    @Test
    void aDocumentComesWithItsMentionsAndFiguresAtTheirPlaceInTheText() {
        JsonNode source = DOCUMENTS.stream().filter(d -> d.path("title").asText().startsWith("US Speaker Pelosi"))
                .findFirst().orElseThrow();
        JsonNode doc = get("/api/documents/" + source.path("id").asText());

        String text = doc.path("text").asText();
        assertThat(doc.path("mentions").size()).isGreaterThan(10);
        doc.path("mentions").forEach(m -> assertThat(text.substring(m.path("start").asInt(), m.path("end").asInt()))
                .isEqualTo(m.path("text").asText()));
        doc.path("figures").forEach(f -> assertThat(text.substring(f.path("start").asInt(), f.path("end").asInt()))
                .isEqualTo(f.path("text").asText()));
        assertThat(StreamSupport.stream(doc.path("mentions").spliterator(), false)
                .map(m -> m.path("text").asText())).contains("Nancy Pelosi");
    }

    @Test
    void entitiesAreFoundByPrefixAndDespiteATypo() {
        assertThat(get("/api/entities?q=nancy pel").path("entities").get(0).path("name").asText())
                .isEqualTo("Nancy Pelosi");
        assertThat(get("/api/entities?q=Nancy Pelosy").path("entities").get(0).path("name").asText())
                .isEqualTo("Nancy Pelosi");
        JsonNode organisations = get("/api/entities?type=organization&size=5").path("entities");
        JsonNode busiest = ENTITIES.stream().filter(e -> e.path("type").asText().equals("ORGANIZATION"))
                .max(Comparator.comparingInt(e -> e.path("mentionCount").asInt())).orElseThrow();
        assertThat(organisations.get(0).path("id").asText()).isEqualTo(busiest.path("id").asText());
    }

    @Test
    void anEntityPageHasItsAliasesCoMentionsTimelineAndDocuments() {
        JsonNode sec = entityNamed("Securities and Exchange Commission");
        String id = sec.path("id").asText();
        JsonNode profile = get("/api/entities/" + id);

        assertThat(profile.path("entity").path("aliases").toString()).contains("SEC");
        assertThat(profile.path("coMentioned").size()).isPositive();
        long dated = countDocuments(d -> contains(d.path("entityIds"), id) && !d.path("published").isMissingNode()
                && !d.path("published").isNull());
        long onTimeline = StreamSupport.stream(profile.path("timeline").spliterator(), false)
                .mapToLong(m -> m.path("count").asLong()).sum();
        assertThat(onTimeline).isEqualTo(dated);
        JsonNode documents = get("/api/entities/" + id + "/documents?size=5");
        assertThat(documents.path("total").asInt()).isEqualTo(sec.path("documentCount").asInt());
        assertThat(documents.path("hits")).hasSize(5);
    }

    @Test
    void aMergedIdRedirectsToTheEntityItWasMergedInto() throws Exception {
        String survivor = entityNamed("Nancy Pelosi").path("id").asText();
        client.index(i -> i.index(indices.entities()).id("Emerged000001")
                .document(EntityRecord.redirect("Emerged000001", survivor)).refresh(Refresh.True));

        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/entities/Emerged000001"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                .encodeToString("researcher:researcher-pw".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(308);
        assertThat(api.headers().firstValue("Location")).hasValue("/api/entities/" + survivor);
        assertThat(http.getForObject("/entities/Emerged000001", String.class)).contains("Nancy Pelosi");
    }

    @Test
    void badInputIsA400ThatSaysWhyAndUnknownIdsAre404s() {
        assertProblem("/api/documents?size=5000", HttpStatus.BAD_REQUEST, "size must be between 1 and 100, was 5000");
        assertProblem("/api/documents?size=ten", HttpStatus.BAD_REQUEST, "size must be a whole number, was 'ten'");
        assertProblem("/api/documents?min=lots", HttpStatus.BAD_REQUEST, "min must be a number");
        assertProblem("/api/documents?entityType=ANIMAL", HttpStatus.BAD_REQUEST, "entityType must be one of");
        assertProblem("/api/documents?from=2020&to=2019", HttpStatus.BAD_REQUEST, "is after to");
        ResponseEntity<String> farFuture = http.withBasicAuth("analyst", "analyst-pw")
                .getForEntity(URI.create("http://localhost:" + port + "/api/review/history?to=%2B999999999-12-31"),
                        String.class);
        assertThat(farFuture.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(farFuture.getBody()).contains("was '+999999999-12-31'");
        assertProblem("/api/documents?currency=dollars", HttpStatus.BAD_REQUEST, "ISO 4217");
        assertProblem("/api/figures/export?format=xls", HttpStatus.BAD_REQUEST, "format must be csv or json");
        assertProblem("/api/entities?q=x&size=0", HttpStatus.BAD_REQUEST, "size must be between 1 and 100");
        assertProblem("/api/documents/no-such-id", HttpStatus.NOT_FOUND, "no document with id no-such-id");
        assertProblem("/api/entities/Enope", HttpStatus.NOT_FOUND, "no entity with id Enope");
        ResponseEntity<String> page = http.getForEntity("/documents/no-such-id", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("no document with id no-such-id");
    }

    @Test
    void overLongOrOverComplexValuesAre400sThatSayWhyBeforeTheyReachElasticsearch() {
        String counted = "victims".repeat(150);
        String nots = "NOT ".repeat(300).strip();
        for (String api : List.of("/api/documents", "/api/figures", "/api/figures/export")) {
            assertProblem(api + "?counted=" + counted, HttpStatus.BAD_REQUEST,
                    "counted is 1050 characters long; the limit is 200");
            assertProblem(api + "?counted=" + nots, HttpStatus.BAD_REQUEST, "counted is 1199 characters long");
            assertProblem(api + "?figure=count&counted=" + nots.substring(0, 199), HttpStatus.OK, "");
        }
        for (String page : List.of("/", "/figures")) {
            ResponseEntity<String> answer = http.getForEntity(page + "?counted=" + counted, String.class);
            assertThat(answer.getStatusCode()).as(page).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(page).contains("counted is 1050 characters long");
        }
        String id = "a".repeat(5_000);
        assertProblem("/api/documents/" + id, HttpStatus.BAD_REQUEST, "document id is 5000 characters long");
        assertProblem("/api/entities/" + id, HttpStatus.BAD_REQUEST, "entity id is 5000 characters long");
        assertProblem("/api/documents?entity=" + id, HttpStatus.BAD_REQUEST, "entity is 5000 characters long");
        assertProblem("/api/figures?entity=" + id, HttpStatus.BAD_REQUEST, "entity is 5000 characters long");
        assertProblem("/api/documents?site=" + id, HttpStatus.BAD_REQUEST, "site is 5000 characters long");
        assertThat(http.getForEntity("/documents/" + id, String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theApiIsDescribedByOpenApiWithABrowsableUi() {
        JsonNode spec = get("/v3/api-docs");

        assertThat(spec.path("paths").has("/api/documents")).isTrue();
        assertThat(spec.path("paths").has("/api/documents/{id}")).isTrue();
        assertThat(spec.path("paths").has("/api/entities/{id}")).isTrue();
        assertThat(spec.path("paths").has("/api/figures/export")).isTrue();
        assertThat(spec.path("paths").path("/api/documents").path("get").path("parameters").toString())
                .contains("\"name\":\"entity\"").contains("\"name\":\"cursor\"");
        assertThat(http.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void assertProblem(String url, HttpStatus status, String detail) {
        ResponseEntity<String> response = http.getForEntity(url, String.class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(status);
        if (!detail.isEmpty()) {
            assertThat(response.getBody()).as(url).contains(detail);
        }
    }

    private static boolean isDollarsOverABillion(JsonNode f) {
        return f.path("type").asText().equals("money") && f.path("currency").asText().equals("USD")
                && (f.path("value").asDouble(0) >= 1e9 || f.path("valueMax").asDouble(0) >= 1e9);
    }

    private static long countDocuments(java.util.function.Predicate<JsonNode> test) {
        return DOCUMENTS.stream().filter(test).count();
    }

    private static boolean contains(JsonNode array, String value) {
        return StreamSupport.stream(array.spliterator(), false).anyMatch(v -> v.asText().equals(value));
    }

    private static JsonNode entityNamed(String name) {
        return ENTITIES.stream().filter(e -> e.path("name").asText().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(JsonNode values) {
        return StreamSupport.stream(values.spliterator(), false).map(v -> v.path("label").asText()).toList();
    }

    private JsonNode get(String url) {
        ResponseEntity<String> response = http.getForEntity(url, String.class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
