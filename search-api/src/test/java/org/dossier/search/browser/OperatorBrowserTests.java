package org.dossier.search.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.dossier.search.runs.JobJars;

/** An operator starts an ingest of the sample corpus from the runs page and watches its counts move. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "dossier.elasticsearch.index-prefix=test-operator-${random.value}",
    "dossier.store.jdbc-url=jdbc:h2:file:./target/test-data/operator-${random.value}/dossier;AUTO_SERVER=TRUE"})
@ActiveProfiles("test")
class OperatorBrowserTests extends BrowserTest {

    private static final Path SAMPLE_CORPUS = Path.of("..", "ingest", "sample-corpus", "documents").toAbsolutePath()
            .normalize();
    @DynamicPropertySource
    static void jobs(DynamicPropertyRegistry registry) {
        JobJars.register(registry);
    }

    @LocalServerPort int port;

    @Test
    void anOperatorStartsARunAndWatchesItsCountsMove() throws InterruptedException {
        chrome.manage().deleteAllCookies();
        Browser.signIn(chrome, url(""), "operator", "operator-pw");
        chrome.get(url("/runs"));
        chrome.findElement(By.id("source")).sendKeys(SAMPLE_CORPUS.toString());
        chrome.findElement(By.id("start")).click();
        // The form posts, then the page comes back with a notice: wait for it, the machine may be busy.
        new WebDriverWait(chrome, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector(".notice")).isEmpty());
        assertThat(chrome.findElement(By.cssSelector(".notice")).getText()).startsWith("Started a ingest run");

        // The page reloads itself while a run goes; note every count it shows until the run ends.
        Set<String> written = new LinkedHashSet<>();
        String status = "";
        String counts = "";
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        // Until it has ended and shows the counts of its last line.
        while (Instant.now().isBefore(until) && (counts.isEmpty() || !status.equals("COMPLETED")) && !status.equals("FAILED")) {
            chrome.get(url("/runs"));
            for (WebElement row : chrome.findElements(By.cssSelector("table.runs tbody tr"))) {
                status = row.findElement(By.cssSelector(".status")).getText();
                counts = row.findElement(By.cssSelector(".counts")).getText();
                written.add(row.findElement(By.cssSelector(".written")).getText());
                if (written.size() == 2) {
                    Browser.screenshot(chrome, "runs");
                }
            }
            Thread.sleep(300);
        }

        assertThat(status).isEqualTo("COMPLETED");
        assertThat(written).as("counts seen while it ran").hasSizeGreaterThanOrEqualTo(2);
        // 64 documents and one duplicate of them, as the ingest's last line reports: the duplicate is not written.
        assertThat(chrome.findElement(By.cssSelector("table.runs tbody tr .written")).getText()).isEqualTo("64");
        assertThat(counts).contains("indexed=64", "duplicates=1");
        Browser.screenshot(chrome, "runs-ended");
        chrome.findElement(By.cssSelector("table.runs tbody tr a")).click();
        assertThat(chrome.findElement(By.tagName("h1")).getText()).endsWith(": ingest");
        assertThat(chrome.findElements(By.cssSelector("table tr")).size()).isGreaterThan(2);
        Browser.screenshot(chrome, "run");
    }

    @Test
    void anAnalystCannotReachTheRunsPage() {
        chrome.manage().deleteAllCookies();
        Browser.signIn(chrome, url(""), "analyst", "analyst-pw");
        chrome.get(url("/runs"));
        assertThat(chrome.findElements(By.id("start"))).isEmpty();
        assertThat(chrome.getPageSource()).containsAnyOf("403", "Forbidden");
        chrome.manage().deleteAllCookies();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
