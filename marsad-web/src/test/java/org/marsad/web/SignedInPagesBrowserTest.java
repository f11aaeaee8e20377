package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.model.ArticleEntity;
import org.marsad.testing.CiRequirement;
import org.marsad.watch.Watch;
import org.marsad.watch.Watch.WatchSpec;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The pages an editor sees, in headless Chromium at phone width (390 px): the watches list and a watch's page with a
 * long webhook address, the followed sources with their article counts, an entity page's spellings. Screenshots under
 * target/screenshots (signed-in-*.png). The articles are the module's entities.jsonl fixture.
 */
class SignedInPagesBrowserTest {
    static TestSite site;
    static WebDriver driver;
    static String pm;
    static Watch watch;

    @BeforeAll
    static void start(@TempDir Path profile, @TempDir Path data) throws Exception {
        CiRequirement.require(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.DRIVER),
                "headless Chromium or its driver is not installed (apt-get install chromium chromium-driver)");
        site = TestSite.start(data, "entities.jsonl");
        pm = site.archive.store().get("pm-1").orElseThrow().entities().stream()
                .filter(e -> e.type().equals("PER")).map(ArticleEntity::id).findFirst().orElseThrow();
        Browsing.addEditor(site);
        watch = site.watches.create(WatchSpec.of("غزة والمساعدات", "غزة AND مساعدات")
                .withWebhook(URI.create("https://93.184.216.34/hooks/marsad/newsroom-alerts/very/long/path/abcdef0123"),
                        null, false)
                .withEmail("newsroom-alerts-for-the-night-desk@example.com"), "سلمى");
        new SourceRegistry(site.archive.store().database()).add(new Source("وكالة المغرب العربي للأنباء", null, null,
                "ar", null, List.of(URI.create("https://www.example.org/feeds/arabic/latest-news.xml")), null,
                Duration.ofMinutes(15), false, null), TestSite.CLOCK.instant());
        driver = BrowserTest.headlessChromium(profile);
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/login");
        Browsing.signIn(driver);
    }

    @AfterAll
    static void stop() {
        Browsing.stop(driver, site);
    }

    @Test
    void aLongWebhookAddressWrapsInsteadOfWideningThePage() throws Exception {
        for (String path : List.of("/watches", "/watches/" + watch.id())) {
            open(path);
            assertThat(driver.findElements(By.cssSelector("dl.health dd .url[dir=ltr]")))
                    .extracting(WebElement::getText).anyMatch(t -> t.startsWith("https://93.184.216.34/hooks/"))
                    .contains("newsroom-alerts-for-the-night-desk@example.com");
            assertThat(Browsing.fitsTheScreen(driver)).as(path + " fits 390 px").isTrue();
            // every value, the address and the e-mail too, starts at the column's right edge (an e-mail written
            // left to right sat at the far left)
            for (WebElement dd : driver.findElements(By.cssSelector("dl.health > dd"))) {
                assertThat(textRight(dd)).as(path + ": " + dd.getText()).isCloseTo(rect(dd).right(),
                        org.assertj.core.data.Offset.offset(1.5));
            }
            Browsing.shot(driver, "signed-in" + path.replace('/', '-') + "-phone");
        }
    }

    @Test
    void aSourcesArticleCountsAreWholeOnTheirLines() throws Exception {
        open("/sources");
        assertThat(Browsing.fitsTheScreen(driver)).isTrue();
        List<WebElement> counts = driver.findElements(By.cssSelector("dl.health dd.counts > span"));
        assertThat(counts).extracting(WebElement::getText)
                .containsExactly("آخر يوم: لا مقالات", "آخر أسبوع: لا مقالات");
        for (WebElement c : counts) {
            assertThat(lines(c)).as(c.getText()).isEqualTo(1);
        }
        Browsing.shot(driver, "signed-in-sources-phone");
    }

    @Test
    void anEntitysSpellingsStandApartFromEachOtherAndTheNextHeading() throws Exception {
        open("/entity/" + pm);
        List<WebElement> spellings = driver.findElements(By.cssSelector("section.spellings ul.tags li"));
        assertThat(spellings).isNotEmpty();
        for (WebElement s : spellings) {
            assertThat(s.getCssValue("border-top-style")).as(s.getText()).isEqualTo("solid");
        }
        WebElement next = driver.findElement(By.cssSelector("section.spellings + section h2"));
        double gap = rect(next).top() - rect(spellings.get(spellings.size() - 1)).bottom();
        double em = Double.parseDouble(next.getCssValue("font-size").replace("px", ""));
        assertThat(gap).as("space between the spellings and '" + next.getText() + "'").isGreaterThanOrEqualTo(em);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", spellings.get(0));
        Browsing.shot(driver, "signed-in-entity-phone");
    }

    private record Box(double top, double bottom, double right) {
    }

    private static Box rect(WebElement e) {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Number> r = (java.util.Map<String, Number>) ((JavascriptExecutor) driver).executeScript(
                "var r = arguments[0].getBoundingClientRect(); return {top: r.top, bottom: r.bottom, right: r.right};",
                e);
        return new Box(r.get("top").doubleValue(), r.get("bottom").doubleValue(), r.get("right").doubleValue());
    }

    // the right edge of a value's first line of text
    private static double textRight(WebElement e) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "var r = document.createRange(); r.selectNodeContents(arguments[0]);"
                        + " return Math.max.apply(null, Array.from(r.getClientRects()).map(function (x) {"
                        + " return x.right; }));", e)).doubleValue();
    }

    private static long lines(WebElement e) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "var seen = {}; Array.from(arguments[0].getClientRects()).forEach(function (r) {"
                        + " seen[Math.round(r.top)] = true; }); return Object.keys(seen).length;", e)).longValue();
    }

    private static void open(String path) {
        driver.get(site.server.uri().resolve(path).toString());
    }
}
