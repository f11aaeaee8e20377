package org.marsad.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

/**
 * What a browser test of the site starts before its tests and stops after them: a {@link TestSite} over the fixture
 * articles with the editor account ({@link Browsing#EDITOR}), and Debian's headless Chromium. Skipped when Chromium
 * or its driver is not installed. A test class that needs more (a signed-in browser, more articles) adds its own
 * {@code @BeforeAll}, which JUnit runs after this one.
 */
abstract class SiteInChromium {
    static TestSite site;
    static WebDriver driver;

    @BeforeAll
    static void startSiteAndBrowser(@TempDir Path profile, @TempDir Path data) throws Exception {
        Browsing.assumeChromium();
        site = TestSite.start(data);
        Browsing.addEditor(site);
        driver = BrowserTest.headlessChromium(profile);
    }

    @AfterAll
    static void stopSiteAndBrowser() {
        Browsing.stop(driver, site);
        driver = null;
        site = null;
    }
}
