package org.dossier.search.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.domain.ContentHash;
import org.dossier.config.domain.DocumentMetadata;
import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.elastic.IndexNames;
import org.dossier.search.sample.SampleIndex;

/** A researcher's path through the web pages, in headless Chromium over the indexed sample corpus. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ResearcherBrowserTests extends BrowserTest {

    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;
    @LocalServerPort int port;

    @BeforeEach
    void loadSampleAndSignIn() {
        SampleIndex.load(client, indices);
        Browser.signIn(chrome, url(""), "researcher", "researcher-pw");
    }

    @Test
    void typeAQueryThenNarrowItWithAFacet() {
        chrome.get(url("/"));
        WebElement box = chrome.findElement(By.name("q"));
        box.sendKeys("president", Keys.ENTER);
        new WebDriverWait(chrome, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("q=president"));
        waitFor(By.id("total"));
        long before = total();
        assertThat(before).isPositive();
        assertThat(chrome.findElement(By.cssSelector(".hit .snippet mark")).getText()).isEqualToIgnoringCase("president");
        Browser.screenshot(chrome, "search");

        WebElement person = chrome.findElement(By.cssSelector("section[data-facet=People] a.facet"));
        String name = person.getText();
        person.click();
        waitFor(By.cssSelector(".chips li"));

        assertThat(chrome.findElement(By.cssSelector(".chips li")).getText()).contains(name);
        assertThat(total()).isPositive().isLessThanOrEqualTo(before);
        assertThat(chrome.getCurrentUrl()).contains("entity=");
        assertThat(chrome.findElement(By.name("q")).getDomProperty("value")).isEqualTo("president");
        Browser.screenshot(chrome, "search-facet");

        chrome.findElement(By.cssSelector(".chips .remove")).click();
        waitFor(By.id("total"));
        assertThat(chrome.findElements(By.cssSelector(".chips li"))).isEmpty();
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void openADocumentThenAnEntityOnIt() {
        chrome.get(url("/?q=" + "Pelosi impeachment"));
        waitFor(By.cssSelector(".hit a.open"));
        String title = chrome.findElement(By.cssSelector(".hit a.open")).getText();
        chrome.findElement(By.cssSelector(".hit a.open")).click();
        waitFor(By.id("text"));

        assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        List<WebElement> people = chrome.findElements(By.cssSelector("#text a.mark.person"));
        assertThat(people).isNotEmpty();
        assertThat(chrome.findElements(By.cssSelector("#text .mark.location"))).isNotEmpty();
        Browser.screenshot(chrome, "document");

        WebElement pelosi = people.stream().filter(p -> p.getText().equals("Nancy Pelosi")).findFirst().orElseThrow();
        pelosi.click();
        waitFor(By.cssSelector("main.entity h1"));

        assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("Nancy Pelosi");
        assertThat(chrome.findElements(By.cssSelector("svg.timeline rect"))).isNotEmpty();
        assertThat(chrome.findElements(By.cssSelector(".named a.co"))).isNotEmpty();
        assertThat(chrome.findElements(By.cssSelector("main.entity .hit a.open")).stream().map(WebElement::getText))
                .contains(title);
        Browser.screenshot(chrome, "entity");
    }

    @Test
    void findAnEntityByTheStartOfItsName() {
        chrome.get(url("/entities"));
        chrome.findElement(By.cssSelector("main input[name=q]")).sendKeys("securities and exch", Keys.ENTER);
        // The list before the search has entities too: wait for the answer to the search.
        new WebDriverWait(chrome, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("q=securities"));
        waitFor(By.cssSelector("a.entity"));

        assertThat(chrome.findElement(By.cssSelector("a.entity")).getText())
                .isEqualTo("Securities and Exchange Commission");
        Browser.screenshot(chrome, "entities");
    }

    @Test
    void figuresAreTabledWithExportLinksForTheSameFilters() {
        chrome.get(url("/figures?type=money&currency=USD&min=1bn"));
        waitFor(By.cssSelector("table.figures tbody tr"));

        List<WebElement> rows = chrome.findElements(By.cssSelector("table.figures tbody tr"));
        assertThat(rows).isNotEmpty();
        rows.forEach(row -> assertThat(row.findElements(By.tagName("td")).get(3).getText()).isEqualTo("USD"));
        assertThat(chrome.findElement(By.linkText("CSV")).getDomAttribute("href"))
                .contains("type=money").contains("min=1bn").endsWith("format=csv");
        Browser.screenshot(chrome, "figures");
    }

    @Test
    void markupInADocumentIsShownAsTextAndNeverRuns() throws IOException {
        String text = "<script>alert('pwned')</script> A hostile page about smuggling <b>gold</b>.";
        DocumentRecord hostile = DocumentRecord.read(ContentHash.of(text), "test:hostile", text, "text/html",
                new DocumentMetadata("<img src=x onerror=alert(1)> Hostile", List.of(), Instant.now(), null, null,
                        DocumentMetadata.NEWS_ARTICLE, null), Instant.now(), text.length(), false);
        client.index(i -> i.index(indices.documents()).id(hostile.id()).document(hostile).refresh(Refresh.True));
        try {
            chrome.get(url("/?q=smuggling pwned"));
            waitFor(By.cssSelector(".hit .snippet"));
            assertNoAlert();
            assertThat(chrome.findElement(By.cssSelector(".hit .snippet")).getText()).contains("<script>alert(");
            assertThat(chrome.findElement(By.cssSelector(".hit h2")).getText()).contains("<img src=x");

            chrome.findElement(By.cssSelector(".hit a.open")).click();
            waitFor(By.id("text"));
            assertNoAlert();
            assertThat(chrome.findElement(By.id("text")).getText()).contains("<script>alert('pwned')</script>")
                    .contains("<b>gold</b>");
        } finally {
            client.delete(d -> d.index(indices.documents()).id(hostile.id()).refresh(Refresh.True));
        }
    }

    @Test
    void aDocumentWithoutATitleIsNamedByItsFileAndOffersItsOriginalToSave(@TempDir Path folder) throws Exception {
        // An HTML page from the corpus: were it shown inline, its script would run as the app's own.
        Path file = Files.writeString(folder.resolve("gold-smuggling-notes.html"),
                "<html><body><script>alert('pwned')</script>Notes on gold smuggling routes.</body></html>");
        String text = "Notes on gold smuggling routes.";
        DocumentRecord untitled = DocumentRecord.read(ContentHash.of(text), file.toString(), text, "text/html",
                DocumentMetadata.none(DocumentMetadata.OTHER), Instant.now(), Files.size(file), false);
        client.index(i -> i.index(indices.documents()).id(untitled.id()).document(untitled).refresh(Refresh.True));
        try {
            chrome.get(url("/?q=smuggling routes"));
            waitFor(By.cssSelector(".hit h2"));
            assertThat(chrome.findElement(By.cssSelector(".hit h2")).getText()).isEqualTo("gold-smuggling-notes.html");
            chrome.findElement(By.cssSelector(".hit a.open")).click();
            waitFor(By.id("original"));

            assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("gold-smuggling-notes.html");
            assertThat(chrome.getPageSource()).doesNotContain(folder.toString());
            String original = chrome.findElement(By.id("original")).getText();
            assertThat(original).contains("gold-smuggling-notes.html", "text/html", Files.size(file) + " bytes");
            Browser.screenshot(chrome, "document-original");

            String href = chrome.findElement(By.cssSelector("#original a.download")).getDomProperty("href");
            HttpResponse<String> download = Browser.fetch(chrome, href);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(Files.readString(file));
            assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d ->
                    assertThat(d).startsWith("attachment").contains("gold-smuggling-notes.html"));
            assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
            assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

            // Changed since it was read: no longer the file the text came from.
            Files.writeString(file, "<html>another text altogether</html>");
            assertThat(Browser.fetch(chrome, href).statusCode()).isEqualTo(404);
            chrome.navigate().refresh();
            waitFor(By.id("original"));
            assertThat(chrome.findElements(By.cssSelector("#original a.download"))).isEmpty();
        } finally {
            client.delete(d -> d.index(indices.documents()).id(untitled.id()).refresh(Refresh.True));
        }
    }

    @Test
    void unknownAndFailedPagesAreTheAppsOwnAndSayWhereToGo() {
        chrome.get(url("/documents/no-such-document"));
        assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(chrome.findElement(By.cssSelector(".error-page .status")).getText()).isEqualTo("404");
        assertThat(chrome.findElements(By.linkText("Search the documents"))).isNotEmpty();
        Browser.screenshot(chrome, "error-404-document");

        chrome.get(url("/no/such/page"));
        assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(chrome.findElement(By.cssSelector(".error-page .error")).getText()).contains("/no/such/page");
        assertThat(chrome.getPageSource()).doesNotContain("Whitelabel");
        Browser.screenshot(chrome, "error-404");

        // The error page itself, asked for with no error behind it, is the server-error page.
        chrome.get(url("/error"));
        assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("Something went wrong");
        assertThat(chrome.findElement(By.cssSelector(".error-page .error")).getText()).contains("operator");
        assertThat(chrome.getPageSource()).doesNotContain("Whitelabel");
        Browser.screenshot(chrome, "error-500");
    }

    @Test
    void aSearchThatFindsNothingSuggestsASpellingAndNamesFromTheCorpus() {
        chrome.get(url("/?q=impeachmnt"));
        waitFor(By.id("nothing"));
        assertThat(total()).isZero();
        WebElement spelling = chrome.findElement(By.cssSelector("#did-you-mean a"));
        assertThat(spelling.getText()).isEqualTo("impeachment");
        Browser.screenshot(chrome, "search-nothing-found");
        spelling.click();
        waitFor(By.cssSelector(".hit"));
        assertThat(total()).isPositive();

        chrome.get(url("/?q=Pelosy"));
        waitFor(By.id("nothing"));
        assertThat(chrome.findElements(By.cssSelector("#named-like a.entity")).stream().map(WebElement::getText))
                .contains("Nancy Pelosi");
        Browser.screenshot(chrome, "search-named-like");
    }

    @Test
    void thePublicationChartLabelsItsAxisThroughout() {
        chrome.get(url("/"));
        waitFor(By.cssSelector("svg.timeline rect"));
        List<String> ticks = chrome.findElements(By.cssSelector("p.axis .tick")).stream().map(WebElement::getText).toList();
        int bars = chrome.findElements(By.cssSelector("svg.timeline rect")).size();

        assertThat(ticks).hasSizeGreaterThanOrEqualTo(Math.min(bars, 4)).doesNotHaveDuplicates().isSorted();
        assertThat(chrome.findElement(By.cssSelector("p.peak")).getText()).matches("Tallest bar: \\d+ documents");
        Browser.screenshot(chrome, "timeline");
    }

    private void assertNoAlert() {
        assertThatThrownBy(() -> chrome.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    private long total() {
        return Long.parseLong(chrome.findElement(By.id("total")).getText().replaceAll("[^0-9]", ""));
    }

    private void waitFor(By element) {
        new WebDriverWait(chrome, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
