package org.dossier.search.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.chrome.ChromeDriver;

/** One headless Chromium for all the tests of a class, quit when they are done. */
abstract class BrowserTest {

    static ChromeDriver chrome;

    @BeforeAll
    static void startBrowser() {
        chrome = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chrome != null) {
            chrome.quit();
            chrome = null;
        }
    }
}
