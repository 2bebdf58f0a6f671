package org.dossier.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.domain.ContentHash;
import org.dossier.config.domain.DocumentMetadata;
import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.elastic.IndexNames;

/** The search API and page over documents in the real local Elasticsearch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dossier.elasticsearch.index-prefix=test-handmade-${random.value}")
@ActiveProfiles("test")
class DocumentSearchApiTests {

    private static final DocumentRecord SCAM_CENTRES = document("Interpol warns of scam centres",
            "Interpol's Secretary-General Jurgen Stock said scam centres in Southeast Asia hold over 100,000 "
                    + "individuals. Victims lost an estimated S$3 billion.", "2023-03-27T00:00:00Z");
    private static final List<DocumentRecord> TRAFFICKING = List.of(
            document("Port raid", "Police found evidence of human trafficking at the port.", "2020-01-01T00:00:00Z"),
            document("Court case", "The court heard the trafficking ring moved 40 people.", "2021-06-01T00:00:00Z"),
            document("Advisory", "Banks should report trafficking red flags to FinCEN.", "2019-05-01T00:00:00Z"),
            document("Hostile page", "<script>alert('pwned')</script> trafficking of wildlife", "2022-02-02T00:00:00Z"));

    @Autowired TestRestTemplate http;
    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;

    @BeforeEach
    void indexDocuments() throws IOException {
        http = http.withBasicAuth("researcher", "researcher-pw");
        List<DocumentRecord> all = new ArrayList<>(TRAFFICKING);
        all.add(SCAM_CENTRES);
        client.bulk(b -> {
            b.index(indices.documents()).refresh(Refresh.True);
            all.forEach(doc -> b.operations(op -> op.index(i -> i.id(doc.id()).document(doc))));
            return b;
        });
    }

    @Test
    void aSearchFindsTheArticleWithTheWordHighlighted() {
        JsonNode page = get("/api/documents?q=scam centres");

        assertThat(page.path("total").asLong()).isEqualTo(1);
        JsonNode hit = page.path("hits").get(0);
        assertThat(hit.path("id").asText()).isEqualTo(SCAM_CENTRES.id());
        assertThat(hit.path("title").asText()).isEqualTo("Interpol warns of scam centres");
        assertThat(hit.path("titleHighlight").asText()).contains("<mark>scam</mark> <mark>centres</mark>");
        assertThat(hit.path("highlights").get(0).asText()).contains("<mark>scam</mark> <mark>centres</mark>");
        assertThat(hit.path("published").asText()).isEqualTo("2023-03-27T00:00:00Z");
        assertThat(page.path("cursor").isNull()).isTrue();
    }

    @Test
    void phrasesAndExclusionsNarrowTheResults() {
        assertThat(get("/api/documents?q=\"human trafficking\"").path("total").asLong()).isEqualTo(1);
        assertThat(get("/api/documents?q=trafficking -court").path("total").asLong()).isEqualTo(3);
        assertThat(get("/api/documents?q=trafficking OR interpol").path("total").asLong()).isEqualTo(5);
    }

    @Test
    void pagesFollowTheCursorToTheEndWithoutRepeats() {
        List<String> ids = new ArrayList<>();
        JsonNode page = get("/api/documents?q=trafficking&size=3");
        assertThat(page.path("total").asLong()).isEqualTo(4);
        int pages = 1;
        page.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
        while (!page.path("next").isNull()) {
            page = get(page.path("next").asText());
            page.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
            pages++;
        }

        assertThat(pages).isEqualTo(2);
        assertThat(ids).containsExactlyInAnyOrderElementsOf(TRAFFICKING.stream().map(DocumentRecord::id).toList());
    }

    @Test
    void pagesAfterTheSecondReadTheIndexAsItWasWhenTheSecondWasRead() throws IOException {
        DocumentRecord later = document("Late report", "A later report on trafficking routes.", "2024-01-01T00:00:00Z");
        try {
            // given: the first two pages, oldest first, one document each
            List<String> ids = new ArrayList<>();
            JsonNode page = get("/api/documents?q=trafficking&size=1&sort=oldest");
            page.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
            page = get(page.path("next").asText());
            page.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));

            // when: a newer document on the subject is indexed, then the next pages are read
            client.index(i -> i.index(indices.documents()).id(later.id()).document(later).refresh(Refresh.True));
            while (!page.path("next").isNull()) {
                page = get(page.path("next").asText());
                page.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
            }

            // then: the pages are those of the index the second page read, in order, without the newcomer
            assertThat(ids).containsExactlyElementsOf(TRAFFICKING.stream()
                    .sorted(java.util.Comparator.comparing(DocumentRecord::published)).map(DocumentRecord::id).toList());
            assertThat(get("/api/documents?q=trafficking").path("total").asLong()).isEqualTo(5);
        } finally {
            client.delete(d -> d.index(indices.documents()).id(later.id()).refresh(Refresh.True));
        }
    }

    @Test
    void badRequestsAre400sThatSayWhy() {
        ResponseEntity<JsonNode> tooBig = http.getForEntity("/api/documents?q=x&size=5000", JsonNode.class);
        ResponseEntity<JsonNode> badCursor = http.getForEntity("/api/documents?q=x&cursor=bm9wZQ", JsonNode.class);

        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooBig.getBody().path("detail").asText()).isEqualTo("size must be between 1 and 100, was 5000");
        assertThat(badCursor.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badCursor.getBody().path("detail").asText()).contains("cursor");
    }

    @Test
    void oddQuerySyntaxIsNeverAServerError() {
        for (String odd : List.of("\"unclosed", "((", "-", "AND OR", "a~~~", "title:[", "\\", "*")) {
            ResponseEntity<JsonNode> response = http.getForEntity("/api/documents?q={q}", JsonNode.class, odd);
            assertThat(response.getStatusCode()).as(odd).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void markupInADocumentIsShownEscaped() {
        JsonNode hit = get("/api/documents?q=pwned").path("hits").get(0);
        String html = http.getForObject("/?q=pwned", String.class);

        assertThat(hit.path("highlights").get(0).asText())
                .contains("&lt;script&gt;alert(&#x27;<mark>pwned</mark>&#x27;)&lt;&#x2F;script&gt;")
                .doesNotContain("<script>");
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void aDocumentListsTheCopiesThatLinkToItAndACopyTheDocumentItLinksTo() throws IOException {
        // given: a republished copy linked, as ingest links it, to the first document of its cluster only
        DocumentRecord original = TRAFFICKING.get(0);
        String copy = ContentHash.of(original.text() + " Republished.");
        client.index(i -> i.index(indices.documents()).id(copy).refresh(Refresh.True).document(Map.of(
                "id", copy, "title", "Port raid (republished)", "text", original.text() + " Republished.",
                "source", "test:copy", "nearDuplicates", List.of(original.id()))));

        try {
            // then: each document's page names the other
            assertThat(ids(get("/api/documents/" + original.id()).path("nearDuplicates"))).containsExactly(copy);
            assertThat(ids(get("/api/documents/" + copy).path("nearDuplicates"))).containsExactly(original.id());
            assertThat(ids(get("/api/documents/" + TRAFFICKING.get(1).id()).path("nearDuplicates"))).isEmpty();
        } finally {
            // The other tests count these documents.
            client.delete(d -> d.index(indices.documents()).id(copy).refresh(Refresh.True));
        }
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asText()));
        return ids;
    }

    @Test
    void theSearchPageShowsTotalsAndHighlights() {
        String html = http.getForObject("/?q=scam", String.class);

        assertThat(html).contains("1 document<").contains("<mark>scam</mark>").contains("27 March 2023");
    }

    private JsonNode get(String url) {
        ResponseEntity<JsonNode> response = http.getForEntity(url, JsonNode.class);
        assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static DocumentRecord document(String title, String text, String published) {
        DocumentMetadata metadata = new DocumentMetadata(title, List.of(), Instant.parse(published), null, null,
                DocumentMetadata.NEWS_ARTICLE, null);
        return DocumentRecord.read(ContentHash.of(text), "test:" + title, text, "text/html", metadata, Instant.now(),
                text.length(), false);
    }
}
