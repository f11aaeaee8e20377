package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.Role;
import org.marsad.ingest.fetch.FetchLimits;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.poll.PollLimits;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.ingest.testsite.NewsSite;
import org.marsad.ingest.testsite.TestSite;
import org.marsad.store.Archive;
import org.marsad.testing.CiRequirement;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The "done when" in a real browser (Debian's headless Chromium) against a real {@link MarsadServer}: an
 * editor signs in, adds a loopback test site by its home page URL (its feed discovered), and its articles appear in
 * search and on the front page without restarting anything; a reader sees no controls; a POST without the CSRF token
 * is refused.
 */
class SourcesBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dir;
    @TempDir
    Path profile;
    private Ownership own;
    private Archive archive;
    private MarsadServer server;
    private WebDriver driver;
    private final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        CiRequirement.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "headless Chromium or its driver is not installed (apt-get install chromium chromium-driver)");
        own = Ownership.claim(dir);
        archive = Archive.open(dir, null);
        Accounts accounts = Accounts.open(archive.store().database(), Accounts.Settings.defaults().withBcryptCost(4));
        accounts.addUser("salma", Role.EDITOR, "editor password".toCharArray());
        accounts.addUser("amal", Role.READER, "reader password".toCharArray());
        Fetcher fetcher = Fetcher.create(FetchLimits.defaults().withHostDelay(Duration.ZERO)
                .withRetries(1, Duration.ofMillis(1)));
        server = MarsadServer.start(own, archive, new MarsadServer.Options("127.0.0.1", 0, false, true, fetcher,
                new PollLimits(100, 3, 2), Clock.systemUTC(), null, null), log::add);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=ar", "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (archive != null) {
            archive.close();
        }
        if (own != null) {
            own.close();
        }
    }

    private void open(String path) {
        driver.get(URI.create(server.url()).resolve(path).toString());
    }

    private void signIn(String name, String password) {
        open("/login?next=/sources");
        driver.findElement(By.name("name")).sendKeys(name);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.signin-form button")).click();
        // "/login?next=/sources" itself contains "/sources": wait for the page the sign-in lands on, or the next
        // step runs while the sign-in is still in flight (its cookie then arrives after deleteAllCookies).
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/sources"));
    }

    private void shot(String name) throws Exception {
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void anEditorAddsALoopbackSiteByItsHomepageAndItsArticlesAppearWithoutRestart() throws Exception {
        try (TestSite site = NewsSite.start()) {
            // A home page that links the fixture site's feed (written for this test).
            site.route("/", TestSite.ok("text/html; charset=utf-8", "<!doctype html><html lang=ar><head>"
                    + "<title>المرصد التجريبي</title><link rel=alternate type=application/rss+xml href=/feed.xml>"
                    + "</head><body></body></html>"));

            driver.manage().window().setSize(new Dimension(390, 844));
            signIn("amal", "reader password");
            assertThat(driver.findElements(By.cssSelector("form.source-discover, .source-actions"))).isEmpty();
            driver.manage().deleteAllCookies();

            signIn("salma", "editor password");
            // With no source followed yet the add form is open already; otherwise the editor opens it.
            if (driver.findElement(By.cssSelector("details.source-new")).getAttribute("open") == null) {
                driver.findElement(By.cssSelector("details.source-new summary")).click();
            }
            driver.findElement(By.name("url")).sendKeys(site.uri("/").toString());
            driver.findElement(By.name("category")).sendKeys("تجريبي");
            driver.findElement(By.name("allow_private")).click();
            shot("sources-add-phone.png");
            driver.findElement(By.cssSelector("form.source-discover button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("form.source-pick")));
            assertThat(driver.findElement(By.cssSelector("input[name=pick]:checked")).getAttribute("value"))
                    .isEqualTo("feed " + site.uri("/feed.xml"));
            shot("sources-pick-phone.png");
            driver.findElement(By.cssSelector("form.source-pick button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".sourcelist"), "المرصد التجريبي"));

            // Without restarting anything, the poller brings the site's articles in: search, then the front page.
            new WebDriverWait(driver, Duration.ofSeconds(60)).pollingEvery(Duration.ofMillis(300)).until(d -> {
                open("/search?q=" + java.net.URLEncoder.encode("قمة عربية طارئة", java.nio.charset.StandardCharsets.UTF_8));
                return !d.findElements(By.partialLinkText("قمة عربية طارئة في القاهرة")).isEmpty();
            });
            open("/");
            assertThat(driver.getPageSource()).contains("قمة عربية طارئة في القاهرة");
            driver.manage().window().setSize(new Dimension(1280, 900));
            open("/sources");
            shot("sources-editor-desktop.png");
            // poll now and pause act at once; stopping following asks first, on a page of its own
            assertThat(driver.findElements(By.cssSelector(".source-actions form"))).hasSize(2);
            assertThat(driver.findElements(By.cssSelector(".source-actions a[href^='/sources/remove']"))).hasSize(1);

            // A POST with the editor's session cookie but without the CSRF token is refused and changes nothing.
            Cookie session = driver.manage().getCookieNamed("marsad_session");
            HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.url()).resolve("/sources/remove"))
                    .header("Cookie", "marsad_session=" + session.getValue())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("name=" + java.net.URLEncoder.encode("المرصد التجريبي",
                            java.nio.charset.StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(new SourceRegistry(archive.store().database()).get("المرصد التجريبي")).isPresent();

            // Stopping following at phone width: the link opens the confirm page, which unfollows nothing; its
            // button posts and lands on /sources without the source, its articles kept.
            driver.manage().window().setSize(new Dimension(390, 844));
            open("/sources");
            driver.findElement(By.cssSelector(".source-actions a[href^='/sources/remove']")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> URI.create(d.getCurrentUrl()).getPath()
                    .equals("/sources/remove"));
            assertThat(driver.findElement(By.cssSelector(".confirm-action .target")).getText())
                    .isEqualTo("المرصد التجريبي");
            assertThat(new SourceRegistry(archive.store().database()).get("المرصد التجريبي")).isPresent();
            assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth;")).as("fits 390 px").isTrue();
            shot("sources-unfollow-confirm-phone.png");
            driver.findElement(By.cssSelector("form.confirm button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> URI.create(d.getCurrentUrl()).getPath()
                    .equals("/sources") && d.findElements(By.cssSelector(".confirm-action")).isEmpty());
            assertThat(new SourceRegistry(archive.store().database()).get("المرصد التجريبي")).isEmpty();
            assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("المرصد التجريبي");
            open("/search?q=" + java.net.URLEncoder.encode("قمة عربية طارئة", java.nio.charset.StandardCharsets.UTF_8));
            assertThat(driver.findElements(By.partialLinkText("قمة عربية طارئة في القاهرة"))).isNotEmpty();
        }
    }
}
