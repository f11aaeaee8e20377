package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.marsad.testing.CiRequirement;

/**
 * The pages in a real browser: Debian's headless Chromium through Selenium. Skipped when Chromium or its driver is
 * not installed ({@code apt-get install chromium chromium-driver}, as .ci/run does), failed instead under
 * {@code CI=true}.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    static TestSite site;
    static WebServer server;
    static WebDriver driver;

    @BeforeAll
    static void start(@TempDir Path profile, @TempDir Path data) throws Exception {
        CiRequirement.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "headless Chromium or its driver is not installed (apt-get install chromium chromium-driver)");
        site = TestSite.start(data, "articles.jsonl", "stories.jsonl");
        server = site.server;
        driver = headlessChromium(profile);
    }

    /**
     * Debian's headless Chromium in Arabic with its own profile directory, and the screenshot directory made: the
     * browser tests of this module share it.
     */
    static ChromeDriver headlessChromium(Path profile) throws java.io.IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=ar", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
        return driver;
    }

    @AfterAll
    static void stop() {
        Browsing.stop(driver, site);
    }

    @Test
    void readSearchAndOpenAnArticle() throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(server.uri().toString());
        WebElement html = driver.findElement(By.tagName("html"));
        assertThat(html.getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("آخر الأخبار");
        // the computed direction, not only the attribute
        assertThat(driver.findElement(By.cssSelector("ol.hits")).getCssValue("direction")).isEqualTo("rtl");
        Browsing.shot(driver, "front-desktop");

        // the top stories block leads to a story page listing each outlet's articles
        WebElement story = driver.findElement(By.cssSelector("section.stories li.story h3 a"));
        String storyTitle = story.getText();
        story.click();
        Browsing.waiting(driver).until(ExpectedConditions.urlContains("/story/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(storyTitle);
        assertThat(driver.findElements(By.cssSelector(".outlet-group"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector(".badge.copy")).getText()).startsWith("نسخة من");
        Browsing.shot(driver, "story-desktop");
        // the original's page names the outlet that copied it
        driver.findElement(By.cssSelector(".outlet-group li.orig h3 a")).click();
        Browsing.waiting(driver).until(ExpectedConditions.urlContains("/article/"));
        assertThat(driver.findElements(By.cssSelector(".copies li"))).isNotEmpty();
        Browsing.shot(driver, "article-copies-desktop");
        driver.get(server.uri().toString());

        WebElement box = driver.findElement(By.name("q"));
        box.sendKeys("مجلس");
        driver.findElement(By.cssSelector("form.search button")).click();
        Browsing.waiting(driver).until(ExpectedConditions.urlContains("/search?q="));
        List<WebElement> marks = driver.findElements(By.cssSelector(".snippet mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks.get(0).getText()).isEqualTo("مجلس");
        assertThat(driver.findElements(By.cssSelector("figure.chart rect"))).isNotEmpty();
        // export links for this very search, beside the feeds
        assertThat(driver.findElements(By.cssSelector(".exports a"))).extracting(e -> e.getText())
                .containsExactly("CSV", "JSONL");
        String searchUrl = driver.getCurrentUrl();
        Browsing.shot(driver, "search-desktop");

        driver.findElement(By.linkText("مجلس الأمن يعقد جلسة حاسمة حول الصحراء")).click();
        Browsing.waiting(driver).until(ExpectedConditions.urlContains("/article/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("مجلس الأمن يعقد جلسة حاسمة حول الصحراء");
        assertThat(driver.findElement(By.cssSelector(".article .body")).getText())
                .contains("يستعد مجلس الأمن الدولي لعقد جلسة مشاورات خاصة");
        Browsing.shot(driver, "article-desktop");

        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        // on a phone the page does not scroll sideways
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        assertThat(overflow).isEqualTo(Boolean.TRUE);
        Browsing.shot(driver, "article-phone");
        driver.get(searchUrl);
        Object searchFits = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        assertThat(searchFits).as("the search page with its feed and export links fits a phone").isEqualTo(Boolean.TRUE);
        Browsing.shot(driver, "search-phone");
        driver.get(server.uri().resolve("/").toString());
        Browsing.shot(driver, "front-phone");
        // the search help link beside the box keeps the header within a phone's width
        assertThat(driver.findElement(By.cssSelector("form.search a.help")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("form.search button")).getRect().getX()).isGreaterThanOrEqualTo(0);
        driver.findElement(By.cssSelector("form.search a.help")).click();
        Browsing.waiting(driver).until(ExpectedConditions.urlContains("/help/search"));
        Object helpFits = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        assertThat(helpFits).as("the search help page fits a phone").isEqualTo(Boolean.TRUE);
        Browsing.shot(driver, "help-phone");
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.navigate().refresh();
        Browsing.shot(driver, "help-desktop");
    }

    @Test
    void theSourcesPageReadsOnAPhoneAndADesktop() throws Exception {
        var registry = new org.marsad.ingest.source.SourceRegistry(site.archive.store().database());
        java.time.Instant now = TestSite.CLOCK.instant();
        registry.add(new org.marsad.ingest.source.Source("بي بي سي عربي", java.net.URI.create("https://bbc.example/arabic"),
                null, "ar", "أخبار دولية", List.of(java.net.URI.create(
                        "https://feeds.bbc.example/arabic/middleeast/rss.xml?edition=international&format=full")),
                null, null, false, null), now);
        registry.recordHealth("بي بي سي عربي", new org.marsad.ingest.source.SourceHealth(
                now.minus(Duration.ofMinutes(3)), null, now.plus(Duration.ofMinutes(12)), 0));
        registry.add(new org.marsad.ingest.source.Source("مصدر معطوب الخلاصة", null, null, "ar", null,
                List.of(java.net.URI.create("https://broken.example/a/very/long/path/to/a/feed/that/does/not/exist.xml")),
                null, null, false, null), now);
        registry.recordHealth("مصدر معطوب الخلاصة", new org.marsad.ingest.source.SourceHealth(null,
                "https://broken.example/a/very/long/path/to/a/feed/that/does/not/exist.xml: HTTP 404 from "
                        + "https://broken.example/a/very/long/path/to/a/feed/that/does/not/exist.xml",
                now.plus(Duration.ofMinutes(30)), 2));
        try {
            driver.manage().window().setSize(new Dimension(1280, 1000));
            driver.get(server.uri().resolve("/sources").toString());
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("المصادر المتابَعة");
            assertThat(driver.findElement(By.cssSelector("ul.sourcelist")).getCssValue("direction")).isEqualTo("rtl");
            assertThat(driver.findElements(By.cssSelector("li.source"))).hasSize(2);
            Browsing.shot(driver, "sources-desktop");
            driver.manage().window().setSize(new Dimension(390, 844));
            driver.navigate().refresh();
            Object fits = ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
            assertThat(fits).as("no sideways scrolling on a phone, even with long feed URLs").isEqualTo(Boolean.TRUE);
            Browsing.shot(driver, "sources-phone");
        } finally {
            registry.remove("بي بي سي عربي");
            registry.remove("مصدر معطوب الخلاصة");
        }
    }

    @Test
    void everyReaderPageFitsAPhoneWithoutSidewaysScroll() throws Exception {
        // found by the new-user pass: the figures page's search box pushed it 28 px sideways at 390 px
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        driver.manage().window().setSize(new Dimension(390, 844));
        for (String path : List.of("/", "/figures", "/figures?q=" + WebServerTest.enc("زلزال"), "/stories",
                "/story/quake-a", "/entities", "/search?q=" + WebServerTest.enc("غزة"), "/help/search", "/login",
                "/nothing-here")) {
            driver.get(server.uri().resolve(path).toString());
            assertThat(js.executeScript("return document.documentElement.dir")).isEqualTo("rtl");
            assertThat(js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("%s fits 390 px", path).isEqualTo(Boolean.TRUE);
        }
        driver.get(server.uri().resolve("/figures?q=" + WebServerTest.enc("زلزال")).toString());
        Browsing.shot(driver, "figures-phone");
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(server.uri().resolve("/figures?q=" + WebServerTest.enc("زلزال")).toString());
        // on a desktop the search box takes the room its row leaves
        Object wide = js.executeScript("return document.querySelector('.figure-form input[type=search]')"
                + ".getBoundingClientRect().width >= 200;");
        assertThat(wide).isEqualTo(Boolean.TRUE);
        Browsing.shot(driver, "figures-desktop");
    }

    /**
     * Found by the new-user pass: at 390 px the commands the sources and sign-in pages give broke inside an option
     * (a line ending in "--", "name" on the next), and the empty search box showed its Arabic hint left-aligned with
     * the ellipsis first (an empty dir="auto" box is left-to-right).
     */
    @Test
    void commandsWrapOnlyBetweenOptionsAndTheEmptySearchBoxReadsRightToLeft() throws Exception {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        driver.manage().window().setSize(new Dimension(390, 844));
        String brokenOptions = """
                const out = [];
                for (const code of document.querySelectorAll('code')) {
                  const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
                  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                    // an option with its value: "--feed URL", "--name \"…\"", "--defaults"
                    for (const m of t.data.matchAll(/--[\\w-]+(?: (?!--)\\S+)?/g)) {
                      const r = document.createRange();
                      r.setStart(t, m.index);
                      r.setEnd(t, m.index + m[0].length);
                      const tops = new Set([...r.getClientRects()].filter(b => b.width > 0)
                          .map(b => Math.round(b.top)));
                      if (tops.size > 1) out.push(m[0]);
                    }
                  }
                }
                return out.join(' | ');""";
        for (String path : List.of("/sources", "/login")) {
            driver.get(server.uri().resolve(path).toString());
            assertThat(driver.findElements(By.tagName("code"))).as(path).isNotEmpty();
            assertThat(js.executeScript(brokenOptions)).as("options split between lines on %s", path).isEqualTo("");
        }
        Browsing.shot(driver, "login-phone");
        WebElement box = driver.findElement(By.cssSelector("form.search input[name=q]"));
        assertThat(box.getCssValue("direction")).isEqualTo("rtl");
        box.sendKeys("Gaza");
        // typed Latin text still reads left to right (dir="auto")
        assertThat(box.getCssValue("direction")).isEqualTo("ltr");
    }

    /**
     * Found by the new-user pass: at 390 px the article's date line wrapped to a line opening with "· منذ سنة", and
     * the story's figures split an outlet's name between two lines.
     */
    @Test
    void datePartsAndOutletNamesWrapWholeOnAPhone() throws Exception {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        driver.manage().window().setSize(new Dimension(390, 844));
        // author, day, hour, Hijri day and "منذ…": more than a phone's line
        driver.get(server.uri().resolve("/article/sahara-1").toString());
        String separators = """
                const out = [];
                for (const line of document.querySelectorAll(arguments[0])) {
                  const box = line.getBoundingClientRect();
                  const clips = getComputedStyle(line).overflowX !== 'visible';
                  const parts = [...line.children];
                  for (const part of parts) {
                    const dot = getComputedStyle(part, '::before');
                    if (!dot.content.includes('·')) continue;
                    const r = part.getBoundingClientRect();
                    // the dot's box: absolutely placed against its part (resolved insets are pixels)
                    const left = r.left + parseFloat(dot.left), right = left + parseFloat(dot.width);
                    const shown = !(clips && (right <= box.left + 0.5 || left >= box.right - 0.5));
                    // a shown dot must have a part before it on its own line (RTL: to its right)
                    const opens = !parts.some(o => o !== part && Math.abs(o.getBoundingClientRect().top - r.top) < 2
                        && o.getBoundingClientRect().left >= right - 0.5);
                    out.push({text: part.textContent.trim(), shown, opens, wrapped: r.top > box.top + 2});
                  }
                }
                return JSON.stringify(out);""";
        String article = (String) js.executeScript(separators, "article.main > p.meta");
        assertThat(article).as("the article's date line at 390 px wraps (or this test checks nothing)")
                .contains("\"wrapped\":true");
        assertThat(article).as("no line opens with a shown '·'").doesNotContain("\"shown\":true,\"opens\":true");
        assertThat(article).contains("\"shown\":true,\"opens\":false");
        Browsing.shot(driver, "article-dateline-phone");
        // the footer's links wrap on a phone the same way (its first line used to end with a bare '·')
        String footer = (String) js.executeScript(separators, "footer.site nav");
        assertThat(footer).contains("\"wrapped\":true").contains("\"shown\":true,\"opens\":false")
                .doesNotContain("\"shown\":true,\"opens\":true");

        driver.get(server.uri().resolve("/story/quake-a").toString());
        assertThat((String) js.executeScript(separators, "dl.span dd, p.meta"))
                .doesNotContain("\"shown\":true,\"opens\":true");
        // each outlet's name under a figure stays on one line when it fits one
        Object split = js.executeScript("""
                const out = [];
                for (const a of document.querySelectorAll('.figure-panel .reports a, .timeline td a')) {
                  // the name's inline box has one fragment per line it takes
                  const pieces = [...a.querySelector('bdi').getClientRects()];
                  const tops = new Set(pieces.map(r => Math.round(r.top)));
                  // the room its line offers: the content box of its cell or item
                  const room = a.closest('li, td'), pad = getComputedStyle(room);
                  const fits = pieces.reduce((sum, r) => sum + r.width, 0) <= room.clientWidth
                      - parseFloat(pad.paddingLeft) - parseFloat(pad.paddingRight) - 8;
                  if (pieces.length > 0 && fits && tops.size > 1) out.push(a.textContent);
                }
                return out.join(' | ');""");
        js.executeScript("document.querySelector('.figure-panel').scrollIntoView()");
        Browsing.shot(driver, "story-figures-phone");
        assertThat(driver.findElements(By.cssSelector(".figure-panel .reports a"))).isNotEmpty();
        assertThat(split).as("outlet names broken between lines").isEqualTo("");
        // ... and so is each day the figures name ("آخر تحديث 11 / أبريل 2025" was split)
        Object days = js.executeScript("""
                return [...document.querySelectorAll('.figure-panel .headlines time')].filter(t =>
                  new Set([...t.getClientRects()].map(r => Math.round(r.top))).size > 1).map(t => t.textContent)
                  .join(' | ');""");
        assertThat(driver.findElements(By.cssSelector(".figure-panel .headlines time"))).isNotEmpty();
        assertThat(days).as("days broken between lines").isEqualTo("");
    }

    @Test
    void theCoverageChartFitsAPhoneAndAClickOnABarNarrowsTheSearch() throws Exception {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        // 10–12 April 2025: three days of stories, drawn by the hour
        String url = server.uri().resolve("/search?from=2025-04-10&to=2025-04-12").toString();
        for (Dimension size : List.of(new Dimension(1280, 1000), new Dimension(390, 844))) {
            driver.manage().window().setSize(size);
            driver.get(url);
            WebElement chart = driver.findElement(By.cssSelector("figure.chart.coverage"));
            assertThat(chart.findElement(By.tagName("figcaption")).getText()).contains("حسب الساعة");
            assertThat(js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("the search page with its chart fits %s", size).isEqualTo(Boolean.TRUE);
            // the first and last periods' labels stay inside the picture
            Object labelsInside = js.executeScript("""
                    const svg = document.querySelector('figure.coverage svg').getBoundingClientRect();
                    return [...document.querySelectorAll('figure.coverage .barlabel')].every(t => {
                      const r = t.getBoundingClientRect();
                      return r.left >= svg.left - 1 && r.right <= svg.right + 1;
                    });""");
            assertThat(labelsInside).as("axis labels inside the chart at %s", size).isEqualTo(Boolean.TRUE);
            Browsing.shot(driver, "coverage-hours-" + (size.width < 600 ? "phone" : "desktop"));
        }
        driver.get(server.uri().resolve("/search").toString());
        Browsing.shot(driver, "coverage-all-phone");
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(server.uri().resolve("/search").toString());
        Browsing.shot(driver, "coverage-all-desktop");

        driver.get(url);
        // the bar of 11 April 08:00 (+01:00), 07:00 UTC: the earthquake's first report
        WebElement bar = driver.findElement(By.cssSelector("figure.coverage a.bar[aria-label*='11 أبريل 2025، 07:00']"));
        bar.click();
        Browsing.waiting(driver).until(ExpectedConditions.urlContains("to=2025-04-11"));
        assertThat(driver.getCurrentUrl()).contains("from=2025-04-11");
        assertThat(driver.findElements(By.cssSelector("ol.hits h3"))).extracting(WebElement::getText)
                .contains("زلزال بقوة 5.8 درجات يضرب الحسيمة شمال المغرب")
                .doesNotContain("مجلس الأمن يعقد جلسة حاسمة حول الصحراء");
    }
}
