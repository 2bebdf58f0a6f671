package org.dossier.search.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver; nothing is downloaded. Paths can be
 * changed with {@code DOSSIER_CHROMIUM} and {@code DOSSIER_CHROMEDRIVER}.
 */
final class Browser {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    static ChromeDriver start() {
        Path chromium = Path.of(System.getenv().getOrDefault("DOSSIER_CHROMIUM", "/usr/bin/chromium"));
        Path driver = Path.of(System.getenv().getOrDefault("DOSSIER_CHROMEDRIVER", "/usr/bin/chromedriver"));
        for (Path needed : new Path[] {chromium, driver}) {
            if (!Files.isExecutable(needed)) {
                throw new IllegalStateException(needed + " not found: the browser tests need Debian's chromium and "
                        + "chromium-driver (apt-get install chromium chromium-driver), as .ci/run installs them");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // No sandbox: CI runs as root, where Chromium refuses to start with one.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /** Signs in through the sign-in page, unless this browser already has a session there. */
    static void signIn(ChromeDriver chrome, String base, String name, String password) {
        chrome.get(base + "/login");
        if (chrome.findElements(org.openqa.selenium.By.id("username")).isEmpty()) {
            return;
        }
        chrome.findElement(org.openqa.selenium.By.id("username")).sendKeys(name);
        chrome.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        chrome.findElement(org.openqa.selenium.By.id("sign-in")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(chrome, Duration.ofSeconds(15))
                .until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    /** A GET in this browser's session, outside the page: for what the browser would save, not show. */
    static HttpResponse<String> fetch(ChromeDriver chrome, String address) {
        String cookies = String.join("; ", chrome.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).toList());
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                    .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void screenshot(ChromeDriver chrome, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
