package org.dossier.search.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.elastic.IndexNames;
import org.dossier.search.sample.SampleIndex;

/** An analyst works the review queue with the keyboard, in headless Chromium, on indices of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "dossier.elasticsearch.index-prefix=test-analyst-${random.value}",
    "dossier.store.jdbc-url=jdbc:h2:file:./target/test-data/analyst-${random.value}/dossier;AUTO_SERVER=TRUE"})
@ActiveProfiles("test")
class AnalystBrowserTests extends BrowserTest {

    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @BeforeEach
    void loadSample() {
        SampleIndex.load(client, indices);
        SampleIndex.loadStore(jdbc);
    }

    @Test
    void anAnalystDecidesTwoCandidatesWithTheKeyboardAndUndoesOne() {
        Browser.signIn(chrome, url(""), "analyst", "analyst-pw");
        chrome.get(url("/review"));
        int before = remaining();
        Browser.screenshot(chrome, "review-queue");
        chrome.findElement(By.cssSelector("a.candidate")).click();
        waitFor(By.id("same"));
        Browser.screenshot(chrome, "review-candidate");

        // The first: the same organisation. Its two entities become one at once.
        String first = chrome.getCurrentUrl();
        String keptName = chrome.findElements(By.cssSelector(".side-by-side h2 a")).get(0).getText();
        String otherName = chrome.findElements(By.cssSelector(".side-by-side h2 a")).get(1).getText();
        String otherPage = chrome.findElements(By.cssSelector(".side-by-side h2 a")).get(1).getDomAttribute("href");
        press("s");
        new WebDriverWait(chrome, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().equals(first));

        // The second: not the same; then undo it, which brings it back.
        String second = chrome.getCurrentUrl();
        press("n");
        new WebDriverWait(chrome, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().equals(second));
        press("z");
        new WebDriverWait(chrome, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(second));
        assertThat(chrome.findElement(By.tagName("h1")).getText()).contains("or");

        chrome.get(url("/review"));
        assertThat(remaining()).isEqualTo(before - 1);

        // The merged entity's page now leads to the one it joined, which lists its name.
        chrome.get(url(otherPage));
        waitFor(By.cssSelector("main.entity h1"));
        String survivor = chrome.findElement(By.tagName("h1")).getText();
        assertThat(java.util.List.of(keptName, otherName)).contains(survivor);
        assertThat(chrome.findElement(By.cssSelector(".aliases")).getText())
                .contains(survivor.equals(keptName) ? otherName : keptName);

        chrome.get(url("/review/history?by=analyst"));
        assertThat(chrome.findElements(By.cssSelector("table.history tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(chrome.findElement(By.cssSelector("table.history tbody tr.retracted .verdict")).getText())
                .isEqualTo("NOT_SAME");
        Browser.screenshot(chrome, "review-history");
    }

    @Test
    void blindReviewHidesWhatRevealsTheScoreAndTheEvidenceReadsAsWeightedFindings() {
        Browser.signIn(chrome, url(""), "analyst", "analyst-pw");
        chrome.get(url("/review?blind=true"));
        waitFor(By.cssSelector("a.candidate"));
        List<String> columns = chrome.findElements(By.cssSelector("table.queue th")).stream().map(WebElement::getText).toList();
        assertThat(columns).doesNotContain("Score", "Value").contains("Mentions moved");
        assertThat(chrome.findElement(By.cssSelector("table.queue tbody tr")).findElements(By.tagName("td")))
                .hasSize(columns.size());
        Browser.screenshot(chrome, "review-queue-blind");

        chrome.findElement(By.cssSelector("a.candidate")).click();
        waitFor(By.id("same"));
        assertThat(chrome.findElements(By.id("score"))).isEmpty();
        assertThat(chrome.findElements(By.id("why"))).isEmpty();
        assertThat(chrome.findElement(By.tagName("main")).getText()).doesNotContain("bits", "Jaro-Winkler");

        chrome.get(chrome.getCurrentUrl().replace("blind=true", "blind=false"));
        waitFor(By.id("why"));
        List<WebElement> findings = chrome.findElements(By.cssSelector("#why table.findings tr"));
        assertThat(findings).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        List<Double> weights = findings.stream()
                .map(row -> row.findElement(By.cssSelector("td.weight")).getText())
                .peek(weight -> assertThat(weight).matches("[+-]\\d+\\.\\d\\d"))
                .map(Double::parseDouble).toList();
        assertThat(weights).allSatisfy(w -> assertThat(Math.abs(w)).isGreaterThanOrEqualTo(0.01));
        assertThat(weights.stream().map(Math::abs).toList()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        findings.forEach(row -> assertThat(row.findElement(By.tagName("th")).getText()).isNotBlank()
                .doesNotContain("_"));
        chrome.executeScript("arguments[0].scrollIntoView()", chrome.findElement(By.id("why")));
        Browser.screenshot(chrome, "review-why-the-score");
    }

    @Test
    void aResearcherCannotReachTheReviewOrRunsPages() {
        chrome.manage().deleteAllCookies();
        Browser.signIn(chrome, url(""), "researcher", "researcher-pw");
        chrome.get(url("/review"));

        assertThat(chrome.findElements(By.cssSelector("a.candidate"))).isEmpty();
        assertThat(chrome.findElement(By.tagName("h1")).getText()).isEqualTo("Not for this account");
        assertThat(chrome.findElement(By.cssSelector(".error-page .status")).getText()).isEqualTo("403");
        assertThat(chrome.findElement(By.cssSelector(".error-page .error")).getText())
                .contains("/review", "the review queue is for analysts");
        assertThat(chrome.findElements(By.linkText("Sign in as someone else"))).isNotEmpty();
        assertThat(chrome.getPageSource()).doesNotContain("Whitelabel");
        Browser.screenshot(chrome, "error-403");
        chrome.get(url("/runs"));
        assertThat(chrome.findElements(By.id("start"))).isEmpty();
        assertThat(chrome.getPageSource()).containsAnyOf("403", "Forbidden");
        chrome.get(url("/"));
        assertThat(chrome.findElements(By.linkText("Review"))).isEmpty();
        assertThat(chrome.findElements(By.linkText("Runs"))).isEmpty();
        chrome.manage().deleteAllCookies();
    }

    private void press(String key) {
        WebElement body = chrome.findElement(By.tagName("body"));
        new Actions(chrome).moveToElement(body, 0, 0).sendKeys(key).perform();
    }

    private int remaining() {
        waitFor(By.id("remaining"));
        return Integer.parseInt(chrome.findElement(By.id("remaining")).getText().replaceAll("\\D.*", ""));
    }

    private void waitFor(By element) {
        new WebDriverWait(chrome, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    private String url(String path) {
        return path.startsWith("http") ? path : "http://localhost:" + port + path;
    }
}
